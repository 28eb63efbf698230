import type { z } from 'zod/mini';
import type { TimelineInput } from '../timeline/index';
import { isCalendarDate } from './dates';
import { FIELD_LABELS, MESSAGES } from './messages';
import { InterviewSchema, type Interview, type InterviewDraft } from './schema';
import { toTimelineInput } from './timeline-input';

export { toTimelineInput } from './timeline-input';

/** Field path (`decisionDate`, `interviewers.1.name`) → what is wrong and how to fix it. */
export type InterviewErrors = Record<string, string>;

/** The outcome of checking an interview form: the clean interview, or a message per field. */
export type InterviewValidation =
  | { ok: true; interview: Interview; timelineInput: TimelineInput }
  | { ok: false; errors: InterviewErrors };

type Issue = z.core.$ZodIssue;

/** The message shown next to the field an issue concerns. */
function messageFor(issue: Issue): string {
  const [field, index, property] = issue.path;
  if (field === 'interviewers' && typeof index === 'number') {
    const n = index + 1;
    if (property === 'name') {
      return issue.code === 'too_big'
        ? MESSAGES.interviewerNameLong(n)
        : MESSAGES.interviewerName(n);
    }
    if (property === undefined || issue.code === 'invalid_type') return MESSAGES.interviewerRow(n);
    return property === 'title' ? MESSAGES.interviewerTitle(n) : MESSAGES.interviewerEmail(n);
  }
  if (field === 'holidays' && typeof index === 'number') return MESSAGES.holiday(index + 1);
  if (field === 'done') return MESSAGES.done;
  if (field === undefined) return MESSAGES.form;
  if (field === 'interviewDate' && issue.code === 'invalid_type') {
    return MESSAGES.interviewDateMissing;
  }
  if (issue.code === 'invalid_type' && field !== 'format') {
    return MESSAGES.unreadable(FIELD_LABELS[String(field)] ?? String(field));
  }
  return issue.message;
}

/** Checks what was typed; never throws and never changes `draft`, so nothing typed is lost. */
export function validateInterview(draft: InterviewDraft): InterviewValidation {
  const result = InterviewSchema.safeParse(draft);
  const errors: InterviewErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
      errors[key] ??= messageFor(issue);
    }
  }

  // Compared on the typed text as well, so this shows even while another field is wrong.
  const interviewDate = typeof draft?.interviewDate === 'string' ? draft.interviewDate.trim() : '';
  const decisionDate = typeof draft?.decisionDate === 'string' ? draft.decisionDate.trim() : '';
  if (
    isCalendarDate(interviewDate) &&
    isCalendarDate(decisionDate) &&
    decisionDate < interviewDate
  ) {
    errors['decisionDate'] ??= MESSAGES.decisionBeforeInterview;
  }

  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, interview: result.data, timelineInput: toTimelineInput(result.data) };
}
