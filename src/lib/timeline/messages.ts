// What is wrong with each timing field, and how to fix it: the one set of field messages the
// timeline, the interview form and stored data all use.
import { YEAR_RANGE } from '../dates/index';
import { excerpt } from '../text';

/** The most interviewers one interview can list. */
export const MAX_INTERVIEWERS = 20;

/** The longest "call me in N days" wait the timeline accepts. */
export const MAX_CALL_BACK_DAYS = 60;

/** The longest text kept for a name, company, job title or email address. */
export const MAX_TEXT = 200;

/** The interview formats the timeline knows; `group` changes who receives the thank-you. */
export const INTERVIEW_FORMATS = ['in-person', 'phone', 'video', 'group', 'panel'] as const;

/** A date field's messages: `subject` starts each one ("The decision date"). */
function dateMessages(subject: string, example: string, optional: boolean) {
  const orEmpty = optional ? ', or leave it empty' : '';
  return {
    missing: `${subject} is missing — enter it as YYYY-MM-DD, for example ${example}.`,
    notText: `${subject} must be written as YYYY-MM-DD — enter it like ${example}${orEmpty}.`,
    form: (value: unknown) =>
      `${subject} "${excerpt(value)}" is not in YYYY-MM-DD form — enter it like ${example}${orEmpty}.`,
    unreal: (value: string) =>
      `${subject} ${value} does not exist — check the day and the month${orEmpty}.`,
    farOff: (value: string) =>
      `${subject} ${value} is not between ${YEAR_RANGE.from} and ${YEAR_RANGE.to} — check the year${orEmpty}.`,
  };
}

/** Messages for the fields `buildTimeline` reads. */
export const TIMING_MESSAGES = {
  input: 'The interview details are missing — enter at least the interview date.',
  interviewDate: dateMessages('The interview date', '2026-11-24', false),
  interviewTime: (value: unknown) =>
    `The interview time "${excerpt(value)}" is not a time of day — use the 24-hour clock from 00:00 to 23:59, e.g. 14:30, or leave it empty.`,
  decisionDate: dateMessages('The decision date', '2026-12-04', true),
  decisionBeforeInterview: 'The decision date is before the interview date — check both dates.',
  callBackWhole:
    'The number of days before you call must be a whole number — enter the number they gave you, e.g. 4.',
  callBackMin:
    'The number of days before you call must be at least 1 — enter the number they gave you, e.g. 4.',
  callBackMax: `The number of days before you call can be at most ${MAX_CALL_BACK_DAYS} — for a longer wait, enter their decision date instead.`,
  promised: `What you promised to send is longer than ${MAX_TEXT} characters — shorten it.`,
  promisedMissing: 'Say what you promised to send — or clear the promised date.',
  promisedBy: dateMessages('The promised date', '2026-12-04', true),
  promisedByMissing: 'Enter the date you promised it by — or clear what you promised to send.',
  promisedBeforeInterview: 'The promised date is before the interview date — check both dates.',
  interviewersList: 'The interviewers must be a list of people — add each one with their name.',
  tooManyInterviewers: (count: number | string) =>
    `You listed ${count} interviewers, but the limit is ${MAX_INTERVIEWERS} — keep the people you spoke with most.`,
  interviewerRow: (n: number) =>
    `Interviewer ${n} could not be read — remove the row and add it again.`,
  interviewerName: (n: number) => `Interviewer ${n} needs a name — type it, or remove the row.`,
  interviewerNameLong: (n: number) =>
    `Interviewer ${n}'s name is longer than ${MAX_TEXT} characters — shorten it.`,
  interviewerTitle: (n: number) =>
    `Interviewer ${n}'s job title is longer than ${MAX_TEXT} characters — shorten it.`,
  interviewerGreeting: (n: number) =>
    `How you greet interviewer ${n} is longer than ${MAX_TEXT} characters — shorten it.`,
  interviewerNote: (n: number) =>
    `A debrief note on interviewer ${n} is longer than ${MAX_TEXT} characters — keep the one point that matters.`,
  interviewerEmail: (n: number) =>
    `Interviewer ${n}'s email address does not look right — write it like name@company.com, or leave it empty.`,
  format: (value: unknown) =>
    `The interview format "${excerpt(value)}" is not one we know — choose ${INTERVIEW_FORMATS.slice(0, -1).join(', ')} or ${INTERVIEW_FORMATS.at(-1) ?? ''}.`,
  choice: (subject: string) => `${subject} must be true or false — tick or clear the box.`,
  contactName: 'The main contact needs a name — type it, or clear the other fields about them.',
  contactNameLong: `The main contact's name is longer than ${MAX_TEXT} characters — shorten it.`,
  contactGreeting: `How you greet the main contact is longer than ${MAX_TEXT} characters — shorten it.`,
  contactEmail:
    "The main contact's email address does not look right — write it like name@company.com, or leave it empty.",
  contact: 'The main contact could not be read — type their name again.',
  holidaysList: 'The extra days off must be a list of dates — add each one as YYYY-MM-DD.',
  holiday: (n: number) =>
    `Extra day off ${n} is not a real date — enter it as YYYY-MM-DD, or remove it.`,
} as const;
