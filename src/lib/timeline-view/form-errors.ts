// What the interview form says is wrong, in the order of its fields. Loaded with the validation
// chunk once the form is used, so a first visit does not ship it.
import type { InterviewErrors } from '../interview/validate';
import type { FormState, IncompleteField } from './form';

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
