// Browsers may clear a site's data after days without a visit (Safari after about a week), which
// is shorter than a follow-up timeline: when nothing is due for a while, suggest a backup.
import { calendarDaysBetween } from '../dates/index';
import type { Interview } from '../interview/index';

/** What the reminder reads of the agenda: whether anything is due, and the next steps' days. */
interface AgendaDays {
  overdue: readonly unknown[];
  today: readonly unknown[];
  next: readonly { step: { date: string } }[];
}

/** Days without anything to do after which a person may not visit, and a browser may clear data. */
export const QUIET_DAYS = 3;

/**
 * The day of the next step when a backup is worth suggesting on `today`: nothing is overdue or
 * due today, the next step is more than `QUIET_DAYS` away, and no backup was saved since the
 * interviews last changed. Null otherwise.
 */
export function backupReminder(
  agenda: AgendaDays,
  interviews: readonly Interview[],
  backedUpAt: string | undefined,
  today: string,
): string | null {
  if (agenda.overdue.length > 0 || agenda.today.length > 0) return null;
  const next = agenda.next.map(({ step }) => step.date).sort()[0];
  if (next === undefined || calendarDaysBetween(today, next) <= QUIET_DAYS) return null;
  if (backedUpAt !== undefined) {
    const lastChange = interviews.reduce(
      (latest, { updatedAt }) => (updatedAt > latest ? updatedAt : latest),
      '',
    );
    if (Date.parse(backedUpAt) >= Date.parse(lastChange)) return null;
  }
  return next;
}
