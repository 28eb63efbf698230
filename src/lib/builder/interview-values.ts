// What a saved interview fills into a message; loaded with the saved details, never before.
import type { Interview } from '../interview/schema';
import { formatMessageDate } from '../templates/message-date';

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
    decisionDate: interview.decisionDate === '' ? '' : formatMessageDate(interview.decisionDate),
    interviewerName: interview.interviewers[index]?.name ?? '',
  };
}

/** A short name for an interview in a list, e.g. "Northwind Health, Product Designer (Tuesday, November 24)". */
export function interviewLabel(interview: Interview): string {
  const what = [interview.company, interview.role].filter((part) => part !== '').join(', ');
  const when = formatMessageDate(interview.interviewDate);
  return `${what === '' ? 'Interview' : what} (${when === '' ? interview.interviewDate : when})`;
}
