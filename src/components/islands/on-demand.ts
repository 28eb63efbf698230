// The parts of an island that only some visits need, loaded through the same helper as the rest of
// the code loaded on demand (src/lib/on-demand.ts): each arrives once the page is about to show it.
import { onDemand } from '../../lib/on-demand';

/** The interview form: at once for a new interview, after "Edit details" for a saved one. */
export const interviewForm = onDemand(() => import('./timeline/InterviewForm'));

/** What shows saved interviews: the schedule with its calendar export, the picker, "Delete". */
export const schedule = onDemand(() => import('./timeline/saved-parts'));

/** The notices about saved details that could not be read, or a browser that will not save. */
export const storageNotice = onDemand(() => import('./shared/StorageNoticeBody'));
