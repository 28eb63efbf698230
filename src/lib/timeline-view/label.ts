import type { Interview } from '../interview/schema';
import { formatStepDate } from '../timeline/dates';

/** A short name for an interview in a list, e.g. "Acme — Product Designer, Fri, Nov 20". */
export function interviewLabel(interview: Interview): string {
  const what = [interview.company.trim(), interview.role.trim()].filter(Boolean).join(' — ');
  return `${what || 'Interview'}, ${formatStepDate(interview.interviewDate)}`;
}
