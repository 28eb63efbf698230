import { formatStepDate } from '../dates/index';
import type { InterviewFormat } from '../timeline/index';
import type { Feedback, Interview, InterviewStatus } from './schema';

/** What each format is called in the form. */
export const FORMAT_LABELS: Readonly<Record<InterviewFormat, string>> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video',
  group: 'Group',
  panel: 'Panel',
};

/** What each status is called in a list or a select. */
export const STATUS_LABELS: Readonly<Record<InterviewStatus, string>> = {
  waiting: 'Waiting to hear back',
  'next-round': 'Invited to the next round',
  offer: 'Offer',
  rejected: 'Not selected',
  'no-reply': 'No reply, moved on',
  withdrawn: 'I withdrew',
};

/** What each feedback rating is called; `unrecorded` stands for no rating. */
export const FEEDBACK_LABELS: Readonly<Record<Feedback | 'unrecorded', string>> = {
  unrecorded: 'Not recorded',
  none: 'None: a form reply, or no reason given',
  some: 'Some, but general',
  useful: 'Useful: specific to me or the decision',
};

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
