// The interview form's state: plain functions with no dates library and no schemas, so
// the form can render before either has loaded.
import type { Interview, InterviewFormat } from '../interview/schema';
import type { InterviewFormDraft } from '../state/store';

/** One interviewer row of the form; `key` keeps the row's identity when rows above it go away. */
export interface InterviewerRow {
  key: number;
  name: string;
  title: string;
  email: string;
}

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
  decisionDate: string;
  callBackInDays: string;
  handwrittenNote: boolean;
  phoneFollowUp: boolean;
  holidays: HolidayRow[];
}

let lastKey = 0;

/** A key for a new form row, unique for the life of the page. */
export function rowKey(): number {
  lastKey += 1;
  return lastKey;
}

/** An empty form for an interview not entered yet. */
export function emptyForm(): FormState {
  return {
    company: '',
    role: '',
    interviewDate: '',
    interviewTime: '',
    format: 'in-person',
    interviewers: [],
    decisionDate: '',
    callBackInDays: '',
    handwrittenNote: false,
    phoneFollowUp: false,
    holidays: [],
  };
}

/** The form filled in from a saved interview. */
export function formFromInterview(interview: Interview): FormState {
  return {
    company: interview.company,
    role: interview.role,
    interviewDate: interview.interviewDate,
    interviewTime: interview.interviewTime,
    format: interview.format,
    interviewers: interview.interviewers.map(({ name, title, email }) => ({
      key: rowKey(),
      name,
      title,
      email,
    })),
    decisionDate: interview.decisionDate,
    callBackInDays: interview.callBackInDays,
    handwrittenNote: interview.handwrittenNote,
    phoneFollowUp: interview.phoneFollowUp,
    holidays: interview.holidays.map((date) => ({ key: rowKey(), date })),
  };
}

/** What `saveInterview` takes for this form; `done` carries the ticks already saved. */
export function formToDraft(form: FormState, done: Record<string, string>): InterviewFormDraft {
  return {
    ...form,
    interviewers: form.interviewers.map(({ name, title, email }) => ({ name, title, email })),
    holidays: form.holidays.map(({ date }) => date),
    done: { ...done },
  };
}

const DETAIL_FIELDS = [
  'company',
  'role',
  'interviewDate',
  'interviewTime',
  'format',
  'interviewers',
  'decisionDate',
  'callBackInDays',
  'handwrittenNote',
  'phoneFollowUp',
  'holidays',
] as const satisfies readonly (keyof Interview)[];

/** Whether two saved interviews have the same details, ignoring ticks and time stamps. */
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
  keys: ReadonlySet<string>,
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

/** A date or time control whose typing is unfinished (the browser reports no value for it yet). */
export type IncompleteField =
  'interviewDate' | 'interviewTime' | 'decisionDate' | `holidays.${number}`;
