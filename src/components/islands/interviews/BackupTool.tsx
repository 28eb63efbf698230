import { useEffect, useRef, useState } from 'preact/hooks';
import {
  BACKUP_MESSAGES,
  MAX_BACKUP_BYTES,
  backupFileName,
  createBackup,
  describeSummary,
  serializeBackup,
  summarizeState,
} from '../../../lib/backup';
import { backupRestore } from '../../../lib/on-demand';
import { saveFile } from '../../../lib/site';
import {
  $state,
  $storageNotice,
  $storageStatus,
  STORAGE_STATUS_MESSAGES,
  noteBackup,
  replaceState,
} from '../../../lib/state';
import Field from '../shared/Field';
import StorageNotice from '../shared/StorageNotice';
import { useMounted } from '../shared/use-mounted';
import BackupConfirm, { type Pending } from './BackupConfirm';

interface Props {
  /** Where to see restored interviews: the timeline and the interviews page, under the base. */
  links: { timeline: string; interviews: string };
}

const LOAD_FAILED =
  'Part of this page didn’t load. Check your connection, then reload the page and try again. Nothing here was changed.';

function madeOn(exportedAt: string | undefined): string | null {
  if (exportedAt === undefined) return null;
  return new Date(exportedAt).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** Export everything to a file; import a backup file, checked in full, to replace or merge. */
export default function BackupTool({ links }: Props) {
  const mounted = useMounted();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (pending) confirmHeading.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const say = (text: string) => setAnnouncement(text);

  const exportAll = () => {
    const state = $state.get();
    const now = new Date();
    saveFile(backupFileName(now), serializeBackup(createBackup(state, now)), 'application/json');
    noteBackup(now);
    const saved = `Backup saved as ${backupFileName(now)}: ${describeSummary(summarizeState(state))}.`;
    // A backup holds only what could be read; say so, and point at the copy of the rest.
    say(
      $storageNotice.get() === null
        ? saved
        : `${saved} Some saved details could not be read and are not in it: download the copy of them at the top of this page.`,
    );
  };

  const refuse = (message: string) => {
    setError(message);
    say(message);
  };

  const choose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPending(null);
    setResult(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      refuse(BACKUP_MESSAGES.tooLarge(file.size));
      return;
    }
    setBusy(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        refuse(BACKUP_MESSAGES.unreadable);
        return;
      }
      const backup = await backupRestore();
      const reading = backup.readBackup(text);
      if (!reading.ok) {
        refuse(reading.message);
        return;
      }
      const here = $state.get();
      const holds = describeSummary(summarizeState(reading.state));
      setPending({
        state: reading.state,
        name: file.name,
        holds,
        here: describeSummary(summarizeState(here)),
        made: madeOn(reading.exportedAt),
        overwritesNewer: $storageNotice.get() === 'newer',
      });
      say(`This backup holds ${holds}. Choose Replace, Merge or Cancel.`);
    } catch {
      refuse(LOAD_FAILED);
    } finally {
      setBusy(false);
    }
  };

  const finish = (message: string) => {
    setPending(null);
    setResult(message);
    say(message);
    if (input.current) input.current.value = '';
  };

  const apply = async (how: 'replace' | 'merge') => {
    if (!pending) return;
    setBusy(true);
    try {
      const backup = await backupRestore();
      let message: string;
      if (how === 'replace') {
        const next = backup.replaceWithBackup(pending.state);
        replaceState(next);
        message = `Backup restored: this browser now holds ${describeSummary(summarizeState(next))}.`;
      } else {
        const outcome = backup.mergeBackup($state.get(), pending.state);
        if (outcome.state !== $state.get()) replaceState(outcome.state);
        message = backup.describeMerge(outcome);
      }
      const status = $storageStatus.get();
      finish(status === 'ok' ? message : `${message} ${STORAGE_STATUS_MESSAGES[status]}`);
    } catch {
      refuse(LOAD_FAILED);
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPending(null);
    if (input.current) input.current.value = '';
    say('Import cancelled. Nothing here was changed.');
    input.current?.focus();
  };

  const disabled = !mounted || busy;
  return (
    <div class="backup-tool">
      <StorageNotice mounted={mounted} />
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export everything</h2>
        <p>
          One file with every interview, your message drafts and your own details. Keep it somewhere
          safe, or import it in another browser.
        </p>
        <button type="button" onClick={exportAll} disabled={disabled}>
          Export everything
        </button>
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import a backup</h2>
        <Field
          id="backup-file"
          label="Backup file"
          hint="A .json file saved with “Export everything”. It is checked first: nothing here changes until you choose what to do with it."
          error={error ?? undefined}
        >
          {(control) => (
            <input
              ref={input}
              type="file"
              accept=".json,application/json"
              disabled={disabled}
              onChange={(event) => void choose(event)}
              {...control}
            />
          )}
        </Field>

        {pending && (
          <BackupConfirm
            pending={pending}
            headingRef={confirmHeading}
            disabled={disabled}
            onReplace={() => void apply('replace')}
            onMerge={() => void apply('merge')}
            onCancel={cancel}
          />
        )}

        {result && (
          <div class="backup-result">
            <h3 tabIndex={-1} ref={resultHeading}>
              {result}
            </h3>
            <p>
              See them on <a href={links.timeline}>your timeline</a> and in{' '}
              <a href={links.interviews}>My interviews</a>.
            </p>
          </div>
        )}
      </section>

      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
