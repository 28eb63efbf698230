// What is kept of an interview form that cannot be saved as it is (a field is wrong or unfinished):
// every field exactly as typed, so a reload or another visit shows it again, and what of it can be
// saved already, field by field.
import {
  emptyForm,
  formToDetails,
  rowKey,
  type FormState,
  type IncompleteField,
  type TypedDetails,
} from './form';
import type { FormDraft } from './draft-schema';
import { DETAIL_FIELDS, validateDetails, type Interview, type InterviewDetails } from './schema';

/**
 * The form as a draft to keep. A date the browser reports as unfinished has no value to keep, so
 * the draft keeps the saved one (from `seed`) rather than an empty field that would clear it.
 */
export function formToDraft(
  form: FormState,
  incomplete: readonly IncompleteField[],
  seed: FormState,
  now: Date,
): FormDraft {
  const unfinished = (field: IncompleteField, typed: string, saved: string | undefined) =>
    incomplete.includes(field) ? (saved ?? '') : typed;
  const { interviewers, holidays, holidayRegion, ...fields } = form;
  return {
    ...fields,
    interviewDate: unfinished('interviewDate', form.interviewDate, seed.interviewDate),
    interviewTime: unfinished('interviewTime', form.interviewTime, seed.interviewTime),
    decisionDate: unfinished('decisionDate', form.decisionDate, seed.decisionDate),
    promisedBy: unfinished('promisedBy', form.promisedBy, seed.promisedBy),
    interviewers: interviewers.map(({ key, ...row }) => row),
    holidays: holidays
      .map(({ date }, index) => unfinished(`holidays.${index}`, date, seed.holidays[index]?.date))
      .filter((date) => date !== ''),
    ...(holidayRegion === null ? {} : { holidayRegion }),
    savedAt: now.toISOString(),
  };
}

/** Whether a form holds nothing typed at all (a region suggested by the browser is not typing). */
export function isBlankForm(form: FormState): boolean {
  return JSON.stringify(formToDraft({ ...form, holidayRegion: null }, [], form, EPOCH)) === BLANK;
}
const EPOCH = new Date(0);
const BLANK = JSON.stringify(formToDraft(emptyForm(), [], emptyForm(), EPOCH));

/** The fields of `form` that differ from `base`, row keys aside: what is being typed there. */
export function changedFields(form: FormState, base: FormState): Partial<FormState> {
  const plain = (value: unknown) =>
    JSON.stringify(value, (key, inner: unknown) => (key === 'key' ? undefined : inner));
  const changed: Partial<FormState> = {};
  for (const field of Object.keys(form) as (keyof FormState)[]) {
    if (plain(form[field]) !== plain(base[field])) Object.assign(changed, { [field]: form[field] });
  }
  return changed;
}

/** The form a kept draft stands for. */
export function formFromDraft(draft: FormDraft): FormState {
  const { savedAt, interviewers, holidays, holidayRegion, ...fields } = draft;
  return {
    ...fields,
    interviewers: interviewers.map((row) => ({ key: rowKey(), ...row })),
    holidayRegion: holidayRegion ?? null,
    holidays: holidays.map((date) => ({ key: rowKey(), date })),
  };
}

/** The details in the order they are tried: the interview date first, as everything needs it. */
const SAVE_ORDER = [
  'interviewDate',
  ...DETAIL_FIELDS.filter((field) => field !== 'interviewDate'),
] as const;

/** The detail an unfinished field belongs to. */
const detailOf = (field: IncompleteField) => field.split('.')[0] as (typeof DETAIL_FIELDS)[number];

/**
 * What of a form that does not validate as a whole can be saved: the saved details with each
 * field the form has right put in, one at a time; an unfinished field keeps its saved value.
 * Null when nothing can be saved (a new interview without a valid date) or nothing changes.
 */
export function savableDetails(
  form: FormState,
  incomplete: readonly IncompleteField[],
  record: Interview | undefined,
): InterviewDetails | null {
  const typed: TypedDetails = formToDetails(form);
  const skip = new Set(incomplete.map(detailOf));
  let base: TypedDetails = {};
  if (record) {
    for (const field of SAVE_ORDER) {
      if (record[field] !== undefined) base = { ...base, [field]: record[field] };
    }
  }
  let best: InterviewDetails | null = null;
  for (const field of SAVE_ORDER) {
    if (skip.has(field)) continue;
    const candidate: TypedDetails = { ...base };
    if (typed[field] === undefined) delete candidate[field];
    else candidate[field] = typed[field];
    const result = validateDetails(candidate);
    if (result.ok) {
      base = candidate;
      best = result.details;
    }
  }
  if (best && record && SAVE_ORDER.every((field) => same(best[field], record[field]))) return null;
  return best;
}

/** Whether two detail values are the same. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
