// Everything "My interviews" shows once there is an interview: the agenda and its timeline rules, the
// list, the record of what happened, the results and the activity log. A first visit, with nothing
// saved, does not load it.
export { activityLog, buildAgenda, interviewName } from '../../lib/agenda/index';
export { measure } from '../../lib/measures/index';
export { addInterview, deleteInterview, restoreInterview } from '../../lib/state/record';
export { default as ActivityLog } from './ActivityLog';
export { default as InterviewsAgenda } from './InterviewsAgenda';
export { default as InterviewsList } from './InterviewsList';
export { default as InterviewsRecord } from './InterviewsRecord';
export { default as InterviewsResults } from './InterviewsResults';
