export {
  buildTimeline,
  safeBuildTimeline,
  timelineOf,
  type SafeTimelineResult,
  type Step,
  type Timeline,
  type TimelineWarning,
} from './build';
export {
  INTERVIEW_FORMATS,
  MAX_CALL_BACK_DAYS,
  MAX_INTERVIEWERS,
  MAX_TEXT,
  TIMING_MESSAGES,
} from './messages';
export {
  ContactSchema,
  InterviewerSchema,
  TimelineInputSchema,
  calendarDate,
  fieldsAgree,
  describeIssues,
  optionalText,
  timingShape,
  type InputIssue,
  type InterviewFormat,
  type Interviewer,
  type ParsedTimelineInput,
  type TimelineInput,
} from './schema';
export {
  CHANNEL_LABELS,
  CHANNELS,
  MESSAGE_CHANNELS,
  type Channel,
  type MessageChannel,
} from './channels';
export {
  ANYTIME_LABEL,
  FOLLOW_UP_STEPS,
  STEPS,
  STEP_IDS,
  TEMPLATE_STEPS,
  stepLabel,
  type Audience,
  type StepId,
  type StepInfo,
  type TemplateStep,
} from './steps';
// Types only: the send times themselves load on demand (lib/on-demand.ts).
export type { ZonedLine, ZonedTime } from './send-times';
export { stepTiming, timelineSummary, writeLinks, type StepTone, type WriteLink } from './timing';
