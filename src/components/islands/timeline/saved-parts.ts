// The parts of the timeline tool that show saved interviews: the schedule, the backup reminder,
// the picker between interviews and "Add another" / "Delete". A first visit has none to show, so
// they load together once there is one (islands/on-demand.ts).
export { default as TimelineView, ScheduleReminder } from './TimelineView';
export { default as InterviewPicker, InterviewActions } from './InterviewPicker';
