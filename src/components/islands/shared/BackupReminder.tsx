import { backupReminder, type Agenda } from '../../../lib/agenda';
import { formatStepDate } from '../../../lib/dates';
import type { Interview } from '../../../lib/interview';
import { BACKUP_PATH, url } from '../../../lib/routes';
import { BACKUP_REMINDER } from '../../../lib/state';

interface Props {
  agenda: Agenda;
  interviews: readonly Interview[];
  /** When a backup was last saved, if ever. */
  backedUpAt: string | undefined;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

/** Suggests a backup file when nothing is due for a few days and none was saved since the last change. */
export default function BackupReminder({ agenda, interviews, backedUpAt, today }: Props) {
  const next = backupReminder(agenda, interviews, backedUpAt, today);
  if (next === null) return null;
  return (
    <p class="notice backup-reminder">
      {BACKUP_REMINDER.quiet(formatStepDate(next, today))}
      <a href={url(BACKUP_PATH)}>{BACKUP_REMINDER.backUp}</a>
      {BACKUP_REMINDER.calendar}
    </p>
  );
}
