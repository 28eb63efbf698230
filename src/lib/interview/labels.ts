import type { InterviewFormat } from '../timeline/index';
import type { Feedback, InterviewStatus } from './schema';

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
