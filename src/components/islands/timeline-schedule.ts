// What the timeline page needs once there is an interview to show: the date rules, the schedule and
// the controls to switch or delete interviews.
import type { Interview } from '../../lib/interview/schema';
import { toTimelineInput } from '../../lib/interview/timeline-input';
import { safeBuildTimeline, type SafeTimelineResult } from '../../lib/timeline/index';

// A first visit, with nothing saved, loads it when the form is first used.
export { timelineSummary } from '../../lib/timeline-view/index';
export { default as TimelineView } from './TimelineView';
export { default as InterviewPicker, InterviewActions } from './InterviewPicker';

/** The timeline of a saved interview, or why it cannot be worked out. */
export function timelineFor(interview: Interview): SafeTimelineResult {
  return safeBuildTimeline(toTimelineInput(interview));
}
