import { timelineOf, type Timeline } from '../timeline/index';
import { daysOff, type Interview } from './schema';

// Stored interviews are never changed in place (a change stores a new object), so each one's
// timeline is worked out once however many lists on a page ask for it.
const worked = new WeakMap<Interview, Timeline | null>();

/**
 * The timeline of a stored interview (already checked, so not parsed again); null when its dates
 * are beyond what a calendar can count, so one such interview never stops a page from showing the rest.
 */
export function timelineOfStored(interview: Interview): Timeline | null {
  if (worked.has(interview)) return worked.get(interview) ?? null;
  let timeline: Timeline | null;
  try {
    timeline = timelineOf({ ...interview, holidays: daysOff(interview) });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    timeline = null;
  }
  worked.set(interview, timeline);
  return timeline;
}
