import type { Interview, InterviewErrors, InterviewFormat } from '../interview/index';
import type { InterviewFormDraft } from '../state/index';
import type { Step, StepId } from '../timeline/index';
import { calendarDaysBetween } from '../timeline/dates';
import { describeRelative, formatStepDate } from '../timeline/index';

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

const FIELD_ORDER = [
  'form',
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
];
const PROPERTY_ORDER = ['name', 'title', 'email'];

/** Errors in the order their fields appear in the form, for the summary at the top. */
export function orderedErrors(errors: InterviewErrors): { key: string; message: string }[] {
  const rank = (key: string): number[] => {
    const [field = '', index, property] = key.split('.');
    const fieldRank = FIELD_ORDER.indexOf(field);
    return [
      fieldRank === -1 ? FIELD_ORDER.length : fieldRank,
      index === undefined ? -1 : Number(index),
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

/** What to say about a date or time the person has started but not finished typing. */
export function incompleteMessage(field: IncompleteField): string {
  if (field === 'interviewDate') {
    return 'The interview date is incomplete — fill in the month, day and year.';
  }
  if (field === 'interviewTime') {
    return 'The interview time is incomplete — fill in the hour and minutes, or clear the field.';
  }
  if (field === 'decisionDate') {
    return 'The decision date is incomplete — fill in the month, day and year, or clear the field.';
  }
  const n = Number(field.split('.')[1]) + 1;
  return `Extra day off ${n} is incomplete — fill in the month, day and year, or remove it.`;
}

/** The interview date is picked in a date control, so its "missing" message speaks of that control. */
export const INTERVIEW_DATE_MISSING =
  'Enter the interview date — type it or pick it from the calendar.';

/** Errors as the form shows them: lib messages, with the ones about empty or unfinished date controls reworded. */
export function formErrors(
  errors: InterviewErrors,
  form: FormState,
  incomplete: readonly IncompleteField[],
): InterviewErrors {
  const shown: InterviewErrors = { ...errors };
  if (shown['interviewDate'] !== undefined && form.interviewDate.trim() === '') {
    shown['interviewDate'] = INTERVIEW_DATE_MISSING;
  }
  form.holidays.forEach(({ date }, index) => {
    const key = `holidays.${index}`;
    if (shown[key] !== undefined && date.trim() === '') {
      shown[key] = `Extra day off ${index + 1} has no date yet — pick one, or remove it.`;
    }
  });
  for (const field of incomplete) shown[field] = incompleteMessage(field);
  return shown;
}

/** Steps written to each interviewer separately, so the builder gets one link per recipient. */
export const PER_RECIPIENT_STEPS: readonly StepId[] = ['thank-you', 'handwritten-note', 'linkedin'];

/**
 * The template builder's address (root-absolute, before the deploy base is added) for one message:
 * `/templates/?template=<templateId>&interview=<interviewId>`, plus `&interviewer=<index>` for a
 * message to one interviewer, where 0 is the first interviewer as listed in the form. The builder
 * reads exactly these three parameters: `template`, `interview` and `interviewer`.
 */
export function builderPath(templateId: string, interviewId: string, interviewer?: number): string {
  const params = new URLSearchParams({ template: templateId, interview: interviewId });
  if (interviewer !== undefined) params.set('interviewer', String(interviewer));
  return `/templates/?${params.toString()}`;
}

/** One "Write this message" link: where it goes and, for a per-person message, to whom. */
export interface WriteLink {
  /** Root-absolute builder address (see `builderPath`). */
  path: string;
  /** The interviewer's name, when the message is for one person. */
  recipient?: string;
  /** The interviewer's position in the form, 0 first, when the message is for one person. */
  interviewer?: number;
}

/**
 * The builder links for a step: none without a template; one per recipient for per-person steps
 * (a step's recipients are always the first interviewers as listed, so position = index); else one.
 */
export function writeLinks(step: Step, interviewId: string): WriteLink[] {
  const template = step.template;
  if (template === undefined) return [];
  if (PER_RECIPIENT_STEPS.includes(step.id) && step.recipients.length > 0) {
    return step.recipients.map((recipient, interviewer) => ({
      path: builderPath(template, interviewId, interviewer),
      recipient,
      interviewer,
    }));
  }
  return [{ path: builderPath(template, interviewId) }];
}

/** How a step stands today: `done`, `upcoming`, `now` (its day or before its deadline), `overdue`. */
export type StepTone = 'done' | 'upcoming' | 'now' | 'overdue';

/** A step's timing in words, e.g. "in 3 days", "due tomorrow", "2 days overdue", "done Sat, Nov 21". */
export function stepTiming(
  step: Step,
  today: string,
  doneOn?: string,
): { text: string; tone: StepTone } {
  if (doneOn !== undefined) return { text: `done ${formatStepDate(doneOn)}`, tone: 'done' };
  if (today <= step.date) {
    return {
      text: describeRelative(step.date, today),
      tone: today === step.date ? 'now' : 'upcoming',
    };
  }
  if (step.id === 'move-on') {
    const days = calendarDaysBetween(step.date, today);
    return {
      text: `since ${formatStepDate(step.date)}, ${days} ${days === 1 ? 'day' : 'days'} ago`,
      tone: 'now',
    };
  }
  const deadline = step.dueBy?.slice(0, 10) ?? step.latest ?? step.date;
  if (today <= deadline) return { text: `due ${describeRelative(deadline, today)}`, tone: 'now' };
  return { text: describeRelative(deadline, today), tone: 'overdue' };
}

/** What the live region says when the timeline changes, e.g. "Timeline updated: 6 steps, next: …". */
export function timelineSummary(
  steps: readonly Step[],
  done: Readonly<Record<string, string>>,
  today: string,
): string {
  const count = `${steps.length} ${steps.length === 1 ? 'step' : 'steps'}`;
  const doneCount = steps.filter((step) => Object.hasOwn(done, step.id)).length;
  const next = steps.find((step) => !Object.hasOwn(done, step.id));
  const parts = [count];
  if (doneCount > 0 && next) parts.push(`${doneCount} done`);
  parts.push(next ? `next: ${next.title} ${stepTiming(next, today).text}` : 'all done');
  return `Timeline updated: ${parts.join(', ')}`;
}

/** A short name for an interview in a list, e.g. "Acme — Product Designer, Fri, Nov 20". */
export function interviewLabel(interview: Interview): string {
  const what = [interview.company.trim(), interview.role.trim()].filter(Boolean).join(' — ');
  return `${what || 'Interview'}, ${formatStepDate(interview.interviewDate)}`;
}
