import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { url } from '../../lib/site/url';
import { DEFAULT_STATE } from '../../lib/state/defaults';
import { loadChecks } from '../../lib/state/load-checks';
import type { DeletedInterview } from '../../lib/state/record';
import { $state } from '../../lib/state/store';
import StorageNotice from './StorageNotice';
import { useChunk } from './use-chunk';
import { useToday } from './use-today';

const loadParts = () => import('./interviews-parts');

const LOAD_FAILED =
  'Part of this page didn’t load. Check your connection, then reload the page and try again.';

/** "My interviews": today's agenda, the list, what happened, the results and the activity log. */
export default function InterviewsTool() {
  const [mounted, setMounted] = useState(false);
  const stored = useStore($state);
  // The server has no saved details; render its default until mounted so hydration matches.
  const state = mounted ? stored : DEFAULT_STATE;
  const today = useToday();
  const [announcement, setAnnouncement] = useState('');
  const cleared = useRef<ReturnType<typeof setTimeout>>();
  const [deleted, setDeleted] = useState<DeletedInterview | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setMounted(true);
  }, []);

  const { interviews, activeId } = state;
  // The agenda, list and results load once there is an interview to show.
  const chunk = useChunk(loadParts, interviews.length > 0);
  const parts = chunk.module;
  const agenda = useMemo(
    () => (today && parts ? parts.buildAgenda(interviews, today) : null),
    [parts, interviews, today],
  );
  const measures = useMemo(() => parts?.measure(interviews), [parts, interviews]);
  const log = useMemo(() => parts?.activityLog(interviews), [parts, interviews]);

  /** Says something in the live region; the same words twice are still announced. */
  const announce = (message: string) => {
    setAnnouncement('');
    clearTimeout(cleared.current);
    cleared.current = setTimeout(() => setAnnouncement(message), 50);
  };

  // The Delete button went with its row, so focus goes to the Undo that replaced it.
  useLayoutEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const remove = (id: string) => {
    if (!parts) return;
    const gone = parts.deleteInterview(id);
    if (gone) setDeleted(gone);
  };

  const undo = () => {
    if (!deleted || !parts) return;
    const name = parts.interviewName(deleted.interview);
    const restored = parts.restoreInterview(deleted);
    setDeleted(null);
    announce(restored ? `Restored “${name}”.` : `“${name}” is already back.`);
    // Wait a frame: with nothing left, the list only reappears after this render.
    requestAnimationFrame(() => listHeadingRef.current?.focus());
  };

  const addNew = async () => {
    let added: Awaited<ReturnType<typeof loadParts>>;
    try {
      // A new interview is checked like any other; with nothing saved, the checks are not here yet.
      [added] = await Promise.all([loadParts(), loadChecks()]);
    } catch {
      announce(LOAD_FAILED);
      return;
    }
    added.addInterview();
    window.location.assign(url('/timeline/'));
  };

  const empty = interviews.length === 0;
  if (!mounted || !today || (!empty && !(parts && agenda && measures && log))) {
    return (
      <div class="interviews-tool">
        <p class="interviews-loading" role={chunk.failed ? 'alert' : undefined}>
          {chunk.failed ? LOAD_FAILED : 'Reading the interviews saved in this browser…'}
        </p>
      </div>
    );
  }

  return (
    <div class="interviews-tool">
      <StorageNotice mounted={mounted} />
      <div class="undo-status" role="status">
        {deleted && parts && (
          <p class="notice undo-notice">
            <span>Deleted “{parts.interviewName(deleted.interview)}” and its drafts.</span>
            <button type="button" class="secondary" ref={undoRef} onClick={undo}>
              Undo
            </button>
          </p>
        )}
      </div>
      {empty || !parts || !agenda || !measures || !log ? (
        <section class="interviews-empty" aria-labelledby="empty-heading">
          <h2 id="empty-heading">No interviews yet</h2>
          <p>
            Enter an interview on your timeline and it appears here, with what to send each day.
          </p>
          <button type="button" onClick={addNew}>
            Add an interview
          </button>
        </section>
      ) : (
        <>
          <parts.InterviewsAgenda agenda={agenda} today={today} announce={announce} />
          <parts.InterviewsList
            interviews={interviews}
            activeId={activeId}
            today={today}
            announce={announce}
            onAdd={addNew}
            onDelete={remove}
            headingRef={listHeadingRef}
          />
          <parts.InterviewsRecord interviews={interviews} announce={announce} />
          <parts.InterviewsResults measures={measures} />
          <parts.ActivityLog entries={log} />
        </>
      )}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
