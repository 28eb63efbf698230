import { timelineOf, type Timeline } from '../timeline/index';
import { daysOff, type Interview } from './schema';

/**
 * The timeline of a stored interview (already checked, so not parsed again); null when its dates
 * are beyond what a calendar can count, so one such interview never stops a page from showing the rest.
 */
export function timelineOfStored(interview: Interview): Timeline | null {
  try {
    return timelineOf({ ...interview, holidays: daysOff(interview) });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
