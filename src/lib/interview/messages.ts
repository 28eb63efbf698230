import { MAX_INTERVIEWERS, MAX_TEXT } from './values';

export { MAX_INTERVIEWERS, MAX_TEXT } from './values';

/** What each interview field is called in a sentence. */
export const FIELD_LABELS: Record<string, string> = {
  id: 'record id',
  company: 'company name',
  role: 'job title',
  interviewDate: 'interview date',
  interviewTime: 'interview time',
  format: 'interview format',
  interviewers: 'list of interviewers',
  decisionDate: 'decision date',
  callBackInDays: 'number of days until you call',
  handwrittenNote: 'handwritten-note choice',
  phoneFollowUp: 'phone follow-up choice',
  holidays: 'list of extra days off',
  done: 'list of finished steps',
  status: 'outcome',
  archived: 'archive choice',
  repliedOn: 'reply date',
  feedback: 'feedback rating',
  createdAt: 'creation time',
  updatedAt: 'time of the last change',
};

/** Messages for the interview form: each says what is wrong and how to fix it. */
export const MESSAGES = {
  form: 'The interview details could not be read — fill in the form again.',
  id: 'This interview has no id — start a new interview and enter the details again.',
  company: `The company name is longer than ${MAX_TEXT} characters — shorten it.`,
  role: `The job title is longer than ${MAX_TEXT} characters — shorten it.`,
  interviewDateMissing: 'Enter the interview date as YYYY-MM-DD, for example 2026-03-14.',
  interviewDate: 'The interview date is not in YYYY-MM-DD form — enter it like 2026-03-14.',
  interviewDateUnreal: 'The interview date does not exist — check the day and the month.',
  interviewTime:
    'The interview time is not a time of day — enter it as HH:mm on a 24-hour clock, for example 14:30, or leave it empty.',
  format: 'Choose how the interview took place: in person, phone, video, group or panel.',
  interviewers: `You can list up to ${MAX_INTERVIEWERS} interviewers — remove the extra rows.`,
  decisionDate:
    'The decision date is not in YYYY-MM-DD form — enter it like 2026-03-20, or leave it empty.',
  decisionDateUnreal:
    'The decision date does not exist — check the day and the month, or leave it empty.',
  decisionBeforeInterview: 'The decision date is before the interview date — check both dates.',
  callBackInDays: 'Enter a whole number of days from 1 to 60, or leave it empty.',
  done: 'A finished step has a date that is not real — untick the step and tick it again.',
  status:
    'Choose where this application stands: waiting, next round, offer, not selected, no reply or withdrawn.',
  repliedOn:
    'The reply date is not in YYYY-MM-DD form — enter it like 2026-03-20, or leave it empty.',
  repliedOnUnreal:
    'The reply date does not exist — check the day and the month, or leave it empty.',
  replyBeforeInterview: 'The reply date is before the interview date — check the day they replied.',
  feedback: 'Choose how useful their feedback was: none, some or useful, or leave it not recorded.',
  sentOn: 'The date sent is not a real date — enter it as YYYY-MM-DD, for example 2026-03-12.',
  sentBeforeInterview:
    'The date sent is before the interview date — check the day you sent the message.',
  notSent:
    'This step is not ticked as sent — tick it on your timeline first, then correct its date.',
  timestamp: 'This interview has a damaged time stamp — save the form again to repair it.',
  interviewerRow: (n: number) =>
    `Interviewer ${n} could not be read — remove the row and add it again.`,
  interviewerName: (n: number) => `Interviewer ${n} needs a name — type it, or remove the row.`,
  interviewerNameLong: (n: number) =>
    `Interviewer ${n}'s name is longer than ${MAX_TEXT} characters — shorten it.`,
  interviewerTitle: (n: number) =>
    `Interviewer ${n}'s job title is longer than ${MAX_TEXT} characters — shorten it.`,
  interviewerEmail: (n: number) =>
    `Interviewer ${n}'s email address does not look right — write it like name@company.com, or leave it empty.`,
  holiday: (n: number) =>
    `Extra day off ${n} is not a real date — enter it as YYYY-MM-DD, or remove it.`,
  unreadable: (label: string) => `The ${label} could not be read — enter it again.`,
} as const;
