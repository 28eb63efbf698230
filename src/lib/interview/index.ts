export { isCalendarDate, isClockTime, localDate } from './dates';
export { emptyInterview } from './factory';
export { FIELD_LABELS, MAX_INTERVIEWERS, MAX_TEXT, MESSAGES } from './messages';
export {
  INTERVIEW_FORMATS,
  InterviewSchema,
  InterviewerSchema,
  type Interview,
  type InterviewDraft,
  type InterviewFormat,
  type Interviewer,
  type InterviewerDraft,
} from './schema';
export {
  toTimelineInput,
  validateInterview,
  type InterviewErrors,
  type InterviewValidation,
} from './validate';
