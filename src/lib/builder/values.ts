import { formatMessageDate } from '../dates/index';
import type { Interview } from '../interview/index';
import type { You } from '../state/index';

/** Template fields filled from your saved details, and the detail each one reads. */
export const YOU_FIELDS: Readonly<Record<string, keyof You>> = {
  yourName: 'name',
  yourEmail: 'email',
  yourPhone: 'phone',
};

/** The values your saved details fill in: yourName, yourEmail, yourPhone. */
export function youValues(you: You): Record<string, string> {
  return Object.fromEntries(Object.entries(YOU_FIELDS).map(([field, key]) => [field, you[key]]));
}

/** The values an interview fills in for the message to interviewer `index` (0 = the first); none without an interview. */
export function interviewValues(
  interview: Interview | null,
  index: number,
): Record<string, string> {
  if (interview === null) return {};
  return {
    company: interview.company,
    role: interview.role,
    interviewDate: formatMessageDate(interview.interviewDate),
    decisionDate:
      interview.decisionDate === undefined ? '' : formatMessageDate(interview.decisionDate),
    interviewerName: interview.interviewers[index]?.name ?? '',
  };
}
