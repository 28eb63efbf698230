// How one interview leads to the next round of the same application (see application.ts for how
// the rounds hang together once saved).
import { blankDraft, type FormDraft } from './draft-schema';
import type { Interview } from './schema';

/**
 * The form for the next round of `earlier`: the same company, role, main contact and public
 * holidays; its date, format and interviewers are the new round's, so they start empty.
 */
export function nextRoundDraft(earlier: Interview, now: Date): FormDraft {
  return {
    ...blankDraft(now.toISOString()),
    company: earlier.company,
    role: earlier.role,
    contactName: earlier.contact?.name ?? '',
    contactEmail: earlier.contact?.email ?? '',
    contactTimeZone: earlier.contact?.timeZone ?? '',
    contactGreeting: earlier.contact?.greeting ?? '',
    ...(earlier.holidayRegion ? { holidayRegion: earlier.holidayRegion } : {}),
  };
}
