export { isCalendarDate, isClockTime, localDate } from './dates';
export { emptyInterview } from './factory';
export { FIELD_LABELS, MAX_INTERVIEWERS, MAX_TEXT, MESSAGES } from './messages';
export { FEEDBACK_LABELS, STATUS_LABELS } from './outcome';
export {
  FEEDBACK_LEVELS,
  INTERVIEW_FORMATS,
  INTERVIEW_STATUSES,
  InterviewSchema,
  InterviewerSchema,
  type Feedback,
  type Interview,
  type InterviewDraft,
  type InterviewFormat,
  type InterviewStatus,
  type Interviewer,
  type InterviewerDraft,
} from './schema';
export {
  toTimelineInput,
  validateInterview,
  type InterviewErrors,
  type InterviewValidation,
} from './validate';
