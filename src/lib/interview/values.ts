// The fixed choices of an interview, apart from its schema, so pages can list them without loading
// the validation library.

/** The longest text we keep for a name, company, job title or email address. */
export const MAX_TEXT = 200;

/** The most interviewers one interview can list. */
export const MAX_INTERVIEWERS = 20;

/** How an interview took place; the same values the timeline takes. */
export const INTERVIEW_FORMATS = ['in-person', 'phone', 'video', 'group', 'panel'] as const;

/** Where an application stands: still waiting, or how it ended (or moved on). */
export const INTERVIEW_STATUSES = [
  'waiting',
  'next-round',
  'offer',
  'rejected',
  'no-reply',
  'withdrawn',
] as const;

/** How useful the feedback in their reply was; '' when you have not recorded it. */
export const FEEDBACK_LEVELS = ['none', 'some', 'useful'] as const;

/** Where an application stands. */
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
/** How useful their feedback was; '' when not recorded. */
export type Feedback = '' | (typeof FEEDBACK_LEVELS)[number];
/** How an interview took place. */
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
