import type { Feedback, InterviewStatus } from './schema';

/** What each status is called in a list or a select. */
export const STATUS_LABELS: Record<InterviewStatus, string> = {
  waiting: 'Waiting to hear back',
  'next-round': 'Invited to the next round',
  offer: 'Offer',
  rejected: 'Not selected',
  'no-reply': 'No reply, moved on',
  withdrawn: 'I withdrew',
};

/** What each feedback rating is called; '' is "not recorded". */
export const FEEDBACK_LABELS: Record<Feedback, string> = {
  '': 'Not recorded',
  none: 'None: a form reply, or no reason given',
  some: 'Some, but general',
  useful: 'Useful: specific to me or the decision',
};
