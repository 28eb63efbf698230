// Messages for the fields an interview has beyond its timing (those are in timeline/messages.ts).
import { MAX_TEXT } from '../timeline/index';

/** What is wrong with a record field, and how to fix it. */
export const RECORD_MESSAGES = {
  id: 'This interview has no id — start a new interview and enter the details again.',
  idColon:
    'This interview has an id with a colon in it, which its message drafts cannot use — enter the interview again, or import a backup made by this site.',
  company: `The company name is longer than ${MAX_TEXT} characters — shorten it.`,
  role: `The job title is longer than ${MAX_TEXT} characters — shorten it.`,
  done: 'A finished step has a date that is not real — untick the step and tick it again.',
  status:
    'Choose where this application stands: waiting, next round, offer, not selected, no reply or withdrawn.',
  archived: 'The archive choice must be true or false — archive or unarchive the interview again.',
  repliedOn: {
    missing: 'The reply date is missing — enter it as YYYY-MM-DD, for example 2026-03-20.',
    notText: 'The reply date must be written as YYYY-MM-DD — enter it like 2026-03-20.',
    form: () =>
      'The reply date is not in YYYY-MM-DD form — enter it like 2026-03-20, or leave it empty.',
    unreal: () => 'The reply date does not exist — check the day and the month, or leave it empty.',
  },
  holidayRegion:
    'The public holidays saved with this interview could not be read — choose the region again.',
  replyBeforeInterview: 'The reply date is before the interview date — check the day they replied.',
  feedback: 'Choose how useful their feedback was: none, some or useful, or leave it not recorded.',
  timestamp: 'This interview has a damaged time stamp — save the form again to repair it.',
  sentOn: 'The date sent is not a real date — enter it as YYYY-MM-DD, for example 2026-03-12.',
  sentBeforeInterview:
    'The date sent is before the interview date — check the day you sent the message.',
  notSent:
    'This step is not ticked as sent — tick it on your timeline first, then correct its date.',
  missingInterview:
    'This interview no longer exists — it may have been removed in another tab. Reload the page.',
} as const;

/**
 * What to say about a date the browser cannot read (`subject`: "The decision date"): started but
 * not finished, or a day that does not exist (February 30). Browsers report both the same way, so
 * one message covers both; `fix` adds the other way out (", or clear the field").
 */
export function unreadableDate(subject: string, fix = ''): string {
  return `${subject} is incomplete or not a real date (such as February 30) — check the month, day and year${fix}.`;
}
