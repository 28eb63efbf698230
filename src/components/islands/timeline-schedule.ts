// What the timeline page needs once there is an interview to show: the date rules, the schedule and
// the controls to switch or delete interviews.
// A first visit, with nothing saved, loads it when the form is first used.
export { safeBuildTimeline } from '../../lib/timeline/index';
export { timelineSummary } from '../../lib/timeline-view/index';
export { default as TimelineView } from './TimelineView';
export { default as InterviewPicker, InterviewActions } from './InterviewPicker';
