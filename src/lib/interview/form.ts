// The interview form's model: what each field holds while it is being typed (text, exactly as
// typed), how that becomes interview details, and how problems are worded and ordered on the form.
import {
  calendarDaysBetween,
  findTimeZone,
  formatLogDate,
  isCalendarDate,
  padClockTime,
} from '../dates/index';
import type { InterviewFormat } from '../timeline/index';
import { blankDraft } from './draft-schema';
import {
  DETAIL_FIELDS,
  validateDetails,
  type Interview,
  type InterviewDetails,
  type InterviewDetailsInput,
  type InterviewErrors,
  type StoredHolidayRegion,
} from './schema';
import { unreadableDate } from './messages';

/** One interviewer row of the form; `key` keeps the row's identity when rows above it go away. */
export interface InterviewerRow {
  key: number;
  name: string;
  title: string;
  /** How the person greets them ("Ms. Rivera", "Dana"); '' to use the name. */
  greeting: string;
  email: string;
  /** The time zone they work in, as typed ("New York", "America/New_York"); '' for yours. */
  timeZone: string;
  /** The debrief: what mattered to them, one thing you discussed, a concern they raised. */
  caredAbout: string;
  discussed: string;
  concern: string;
}

/** What a person types in an interviewer row. */
export type InterviewerProperty = Exclude<keyof InterviewerRow, 'key'>;

/** One extra day off in the form. */
export interface HolidayRow {
  key: number;
  date: string;
}

/** What the interview form holds: exactly what was typed, never trimmed or reformatted. */
export interface FormState {
  company: string;
  role: string;
  interviewDate: string;
  interviewTime: string;
  format: InterviewFormat;
  interviewers: InterviewerRow[];
  contactName: string;
  contactEmail: string;
  contactTimeZone: string;
  /** How the person greets the main contact ("Mr. Chen"); '' to use the name. */
  contactGreeting: string;
  decisionDate: string;
  callBackInDays: string;
  /** What the person promised to send ("my portfolio"), and the day they promised it by. */
  promised: string;
  promisedBy: string;
  handwrittenNote: boolean;
  phoneFollowUp: boolean;
  /** The region whose holidays the follow-ups skip, as chosen (never typed); null for none. */
  holidayRegion: StoredHolidayRegion | null;
  holidays: HolidayRow[];
}

/** A date or time control whose typing is unfinished (the browser reports no value for it yet). */
export type IncompleteField =
  'interviewDate' | 'interviewTime' | 'decisionDate' | 'promisedBy' | `holidays.${number}`;

let lastKey = 0;

/** A key for a new form row, unique for the life of the page. */
export function rowKey(): number {
  lastKey += 1;
  return lastKey;
}

/** A new interviewer row, with nothing typed in it. */
export function emptyInterviewerRow(): InterviewerRow {
  return {
    key: rowKey(),
    name: '',
    title: '',
    greeting: '',
    email: '',
    timeZone: '',
    caredAbout: '',
    discussed: '',
    concern: '',
  };
}

/** An empty form for an interview not entered yet, with the defaults of a blank draft. */
export function emptyForm(): FormState {
  const { savedAt, ...blank } = blankDraft('');
  return { ...blank, interviewers: [], holidayRegion: null, holidays: [] };
}

/** The form filled in from a saved interview. */
export function formFromInterview(interview: Interview): FormState {
  return {
    company: interview.company,
    role: interview.role,
    interviewDate: interview.interviewDate,
    interviewTime: interview.interviewTime ?? '',
    format: interview.format,
    interviewers: interview.interviewers.map((person) => ({ key: rowKey(), ...person })),
    contactName: interview.contact?.name ?? '',
    contactEmail: interview.contact?.email ?? '',
    contactTimeZone: interview.contact?.timeZone ?? '',
    contactGreeting: interview.contact?.greeting ?? '',
    decisionDate: interview.decisionDate ?? '',
    callBackInDays: interview.callBackInDays === undefined ? '' : String(interview.callBackInDays),
    promised: interview.promised ?? '',
    promisedBy: interview.promisedBy ?? '',
    handwrittenNote: interview.handwrittenNote,
    phoneFollowUp: interview.phoneFollowUp,
    holidayRegion: interview.holidayRegion ?? null,
    holidays: interview.holidays.map((date) => ({ key: rowKey(), date })),
  };
}

/** The details as the form has them, before they are checked: any field may still be wrong. */
export type TypedDetails = { [K in keyof InterviewDetailsInput]?: unknown };

/** An optional field: left out when nothing is typed. */
function typed(key: keyof InterviewDetailsInput, text: string, value: unknown): TypedDetails {
  return text.trim() === '' ? {} : { [key]: value };
}

/**
 * The details the form stands for, tidied as a person would expect: spaces trimmed, a one-digit
 * hour padded (`9:30`), a count of days read as a number. Text that is not a number is passed on
 * as it is, so the check can say what is wrong with it.
 */
export function formToDetails(form: FormState): TypedDetails {
  const days = form.callBackInDays.trim();
  // A row left empty is an unused row, not a mistake: it is not saved, and blocks nothing.
  return {
    company: form.company.trim(),
    role: form.role.trim(),
    ...typed('interviewDate', form.interviewDate, form.interviewDate.trim()),
    ...typed('interviewTime', form.interviewTime, padClockTime(form.interviewTime.trim())),
    ...typed('decisionDate', form.decisionDate, form.decisionDate.trim()),
    ...typed('callBackInDays', days, /^[-+]?\d+$/.test(days) ? Number(days) : days),
    ...typed('promised', form.promised, form.promised.trim()),
    ...typed('promisedBy', form.promisedBy, form.promisedBy.trim()),
    format: form.format,
    interviewers: form.interviewers.filter(isFilled).map(({ key, name, timeZone, ...rest }) => ({
      ...trimmed(rest),
      name,
      timeZone: typedZone(timeZone),
    })),
    // An email with no name is kept, so the check can ask for the name.
    ...typed(
      'contact',
      `${form.contactName}${form.contactGreeting}${form.contactEmail}${form.contactTimeZone}`,
      {
        name: form.contactName,
        greeting: form.contactGreeting.trim(),
        email: form.contactEmail.trim(),
        timeZone: typedZone(form.contactTimeZone),
      },
    ),
    handwrittenNote: form.handwrittenNote,
    phoneFollowUp: form.phoneFollowUp,
    ...(form.holidayRegion === null ? {} : { holidayRegion: form.holidayRegion }),
    holidays: form.holidays.filter(isFilled).map(({ date }) => date.trim()),
  };
}

/** A typed time zone as its zone's name ("new york" → "America/New_York"); unknown text as typed, for the check to name. */
function typedZone(text: string): string {
  return findTimeZone(text) ?? text.trim();
}

/** Each text with its spaces trimmed. */
function trimmed<T extends Record<string, string>>(texts: T): T {
  return Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, text.trim()])) as T;
}

/** Whether a row holds anything but spaces. */
function isFilled({ key, ...row }: InterviewerRow | HolidayRow): boolean {
  return Object.values(row).some((value) => value.trim() !== '');
}

/**
 * Moves the problems of the rows that were checked back onto the rows of the form, which may have
 * empty rows between them: `interviewers.1` of the checked list may be row 3 on screen, and its
 * message says "Interviewer 4".
 */
function onFormRows(
  errors: InterviewErrors,
  list: 'interviewers' | 'holidays',
  rows: readonly (InterviewerRow | HolidayRow)[],
  noun: string,
): InterviewErrors {
  const shown = rows.flatMap((row, index) => (isFilled(row) ? [index] : []));
  const moved: InterviewErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const [field, index, ...rest] = key.split('.');
    const row = field === list && index !== undefined ? shown[Number(index)] : undefined;
    if (row === undefined) {
      moved[key] = message;
      continue;
    }
    // "Interviewer 2" or "interviewer 2" inside a sentence, as the message has it.
    moved[[field, String(row), ...rest].join('.')] = message.replace(
      new RegExp(`(${noun}) ${Number(index) + 1}\\b`, 'i'),
      `$1 ${row + 1}`,
    );
  }
  return moved;
}

/** What to say about a date or time the browser cannot read yet. */
function incompleteMessage(field: IncompleteField): string {
  if (field === 'interviewDate') return unreadableDate('The interview date');
  if (field === 'interviewTime') {
    return 'The interview time is incomplete — fill in the hour and minutes, or clear the field.';
  }
  if (field === 'decisionDate') return unreadableDate('The decision date', ', or clear the field');
  if (field === 'promisedBy') {
    return unreadableDate('The promised date', ', or clear the field');
  }
  const n = Number(field.split('.')[1]) + 1;
  return unreadableDate(`Extra day off ${n}`, ', or remove it');
}

/** Days after which a date is unusual enough to ask about: about a year. */
const PLAUSIBLE_DAYS = 366;

/** How long from `from` to `to` (`YYYY-MM-DD`, `from` first), in words: "6 years", "more than a year". */
function span(from: string, to: string): string {
  const years =
    Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);
  return years <= 1 ? 'more than a year' : `${years} years`;
}

/**
 * Dates that are possible but unusual for a follow-up, most likely a slip of the year: an
 * interview more than a year ago or ahead, a decision more than a year after it. They are saved
 * as they are; the form asks the person to check them, by field.
 */
export function formWarnings(form: FormState, today: string): Partial<Record<string, string>> {
  const warnings: Partial<Record<string, string>> = {};
  const interview = form.interviewDate.trim();
  if (isCalendarDate(interview) && isCalendarDate(today)) {
    const days = calendarDaysBetween(interview, today);
    if (days > PLAUSIBLE_DAYS) {
      warnings['interviewDate'] =
        `That is ${span(interview, today)} ago (${formatLogDate(interview)}) — check the year.`;
    } else if (-days > PLAUSIBLE_DAYS) {
      warnings['interviewDate'] =
        `That is ${span(today, interview)} from now (${formatLogDate(interview)}) — check the year.`;
    }
  }
  const decision = form.decisionDate.trim();
  if (isCalendarDate(interview) && isCalendarDate(decision)) {
    const days = calendarDaysBetween(interview, decision);
    if (days > PLAUSIBLE_DAYS) {
      warnings['decisionDate'] =
        `That is ${span(interview, decision)} after the interview (${formatLogDate(decision)}) — check the year.`;
    }
  }
  return warnings;
}

/** The interview date is picked in a date control, so its "missing" message speaks of that control. */
export const INTERVIEW_DATE_MISSING =
  'Enter the interview date — type it or pick it from the calendar.';

/** What to say about a time zone that is not one the browser knows. */
function unknownZone(whose: string, typed: string): string {
  return `${whose} time zone “${typed.trim().slice(0, 40)}” is not one we know — pick a city from the list, such as New York, or leave it empty if they are in yours.`;
}

/** The outcome of checking the form: the details to save, or what to fix, field by field. */
export type FormCheck =
  { ok: true; details: InterviewDetails } | { ok: false; errors: InterviewErrors };

/** Checks the form as typed, in the words the form shows: one parse for everything. */
export function checkForm(form: FormState, incomplete: readonly IncompleteField[]): FormCheck {
  const result = validateDetails(formToDetails(form));
  const errors = onFormRows(
    onFormRows(result.ok ? {} : result.errors, 'interviewers', form.interviewers, 'Interviewer'),
    'holidays',
    form.holidays,
    'Extra day off',
  );
  // The stored details take any short text as a zone; the form asks for one this browser knows.
  form.interviewers.forEach((row, index) => {
    if (findTimeZone(row.timeZone) === null) {
      errors[`interviewers.${index}.timeZone`] = unknownZone(
        `Interviewer ${index + 1}'s`,
        row.timeZone,
      );
    }
  });
  if (findTimeZone(form.contactTimeZone) === null) {
    errors['contact.timeZone'] = unknownZone("The main contact's", form.contactTimeZone);
  }
  if (errors['interviewDate'] !== undefined && form.interviewDate.trim() === '') {
    errors['interviewDate'] = INTERVIEW_DATE_MISSING;
  }
  for (const field of incomplete) errors[field] = incompleteMessage(field);
  if (result.ok && incomplete.length === 0 && Object.keys(errors).length === 0) return result;
  return { ok: false, errors };
}

const FIELD_ORDER: readonly string[] = ['form', ...DETAIL_FIELDS];
const PROPERTY_ORDER = [
  'name',
  'title',
  'greeting',
  'email',
  'timeZone',
  'caredAbout',
  'discussed',
  'concern',
];

/** Errors in the order their fields appear in the form, for the summary at the top. */
export function orderedErrors(errors: InterviewErrors): { key: string; message: string }[] {
  const rank = (key: string): number[] => {
    // `interviewers.1.name` has a row number; `contact.email` goes straight to its property.
    const [field = '', ...rest] = key.split('.');
    const row = /^\d+$/.test(rest[0] ?? '') ? Number(rest.shift()) : -1;
    const property = rest[0];
    const fieldRank = FIELD_ORDER.indexOf(field);
    return [
      fieldRank === -1 ? FIELD_ORDER.length : fieldRank,
      row,
      property === undefined ? -1 : PROPERTY_ORDER.indexOf(property),
    ];
  };
  return Object.entries(errors)
    .map(([key, message]) => ({ key, message, order: rank(key) }))
    .sort((a, b) => {
      for (let i = 0; i < a.order.length; i += 1) {
        const diff = (a.order[i] ?? 0) - (b.order[i] ?? 0);
        if (diff !== 0) return diff;
      }
      return 0;
    })
    .map(({ key, message }) => ({ key, message }));
}

/** Whether two saved interviews have the same details, ignoring ticks, the record and time stamps. */
export function sameDetails(a: Interview, b: Interview): boolean {
  return DETAIL_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/** The id of the form control an error key (`decisionDate`, `interviewers.1.name`) belongs to. */
export function fieldId(key: string): string {
  return key === 'format' ? 'f-format-in-person' : `f-${key.replaceAll('.', '-')}`;
}

/**
 * Renumbers keys like `interviewers.3.name` after row `removed` of `list` is taken out: that row's
 * keys go, the rows after it move up by one, everything else stays.
 */
export function shiftRowKeys(
  keys: Iterable<string>,
  list: 'interviewers' | 'holidays',
  removed: number,
): Set<string> {
  const next = new Set<string>();
  for (const key of keys) {
    const [field, index, ...rest] = key.split('.');
    if (field !== list || index === undefined) {
      next.add(key);
      continue;
    }
    const n = Number(index);
    if (n < removed) next.add(key);
    else if (n > removed) next.add([field, String(n - 1), ...rest].join('.'));
  }
  return next;
}

/** Replaces `field` in the list of unfinished date fields according to the browser's report. */
export function markIncomplete(
  list: readonly IncompleteField[],
  field: IncompleteField,
  unfinished: boolean,
): IncompleteField[] {
  const rest = list.filter((entry) => entry !== field);
  return unfinished ? [...rest, field] : rest;
}

/** What the line under the form says about saving. */
export function saveStatus(form: {
  saved: boolean;
  inTabOnly: boolean;
  showingErrors: boolean;
  isNew: boolean;
}): string {
  if (form.saved) {
    return form.inTabOnly
      ? 'Kept in this tab only — see the note at the top of the page.'
      : 'Saved in this browser. Changes save as you type.';
  }
  // What cannot be saved yet is still kept in this browser, exactly as typed.
  if (form.showingErrors) {
    return form.isNew
      ? 'Kept as you typed it. It saves once the fields marked above are fixed.'
      : 'Everything else is saved. The fields marked above are kept as you typed them and save once fixed.';
  }
  return form.isNew
    ? 'Your details save on their own once the interview date is in.'
    : 'Your changes save on their own once every field is complete.';
}
