export { emptyInterview } from './factory';
export {
  INTERVIEW_DATE_MISSING,
  checkForm,
  emptyForm,
  emptyInterviewerRow,
  fieldId,
  formFromInterview,
  formToDetails,
  formWarnings,
  markIncomplete,
  orderedErrors,
  saveStatus,
  rowKey,
  sameDetails,
  shiftRowKeys,
  type FormCheck,
  type FormState,
  type HolidayRow,
  type IncompleteField,
  type InterviewerProperty,
  type InterviewerRow,
  type TypedDetails,
} from './form';
export {
  changedFields,
  formFromDraft,
  formToDraft,
  isBlankForm,
  savableDetails,
} from './form-draft';
export { laterRound, ownSteps, roundNumbers, roundSteps, roundsUpTo } from './application';
export { nextRoundDraft } from './rounds';
export { FEEDBACK_LABELS, FORMAT_LABELS, STATUS_LABELS } from './labels';
export { interviewLabel, interviewName } from './name';
export { timelineOfStored } from './timeline';
export { RECORD_MESSAGES, unreadableDate } from './messages';
export { FormDraftSchema, blankDraft, type FormDraft } from './draft-schema';
export {
  DETAIL_FIELDS,
  FEEDBACK_LEVELS,
  INTERVIEW_STATUSES,
  HolidayRegionSchema,
  InterviewDetailsSchema,
  InterviewSchema,
  daysOff,
  validateDetails,
  validateInterview,
  type Feedback,
  type Interview,
  type InterviewDetails,
  type InterviewDetailsInput,
  type InterviewErrors,
  type InterviewInput,
  type InterviewStatus,
  type InterviewValidation,
  type StoredHolidayRegion,
} from './schema';
