import { formatStepDate } from '../dates/index';
import type { Interview } from './schema';

/** What an interview is called: "Acme — Product Designer", or "Untitled interview". */
export function interviewName(interview: Pick<Interview, 'company' | 'role'>): string {
  const what = [interview.company.trim(), interview.role.trim()].filter(Boolean).join(' — ');
  return what || 'Untitled interview';
}

/** Its name with its day, for choosing one in a list: "Acme — Product Designer, Fri, Nov 20". */
export function interviewLabel(
  interview: Pick<Interview, 'company' | 'role' | 'interviewDate'>,
): string {
  return `${interviewName(interview)}, ${formatStepDate(interview.interviewDate)}`;
}
