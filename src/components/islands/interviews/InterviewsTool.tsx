import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { activityLog, buildAgenda } from '../../../lib/agenda';
import { interviewName } from '../../../lib/interview';
import { measure } from '../../../lib/measures';
import { TIMELINE_PATH, url } from '../../../lib/routes';
import {
  $state,
  DEFAULT_STATE,
  addInterview,
  deleteInterview,
  restoreInterview,
  type DeletedInterview,
} from '../../../lib/state';
import Announcer, { useAnnouncer } from '../shared/Announcer';
import BackupReminder from '../shared/BackupReminder';
import StorageNotice from '../shared/StorageNotice';
import { useMounted } from '../shared/use-mounted';
import { useToday } from '../shared/use-today';
import ActivityLog from './ActivityLog';
import InterviewsAgenda from './InterviewsAgenda';
import InterviewsList from './InterviewsList';
import InterviewsRecord from './InterviewsRecord';
import InterviewsResults from './InterviewsResults';

/** "My interviews": today's agenda, the list, what happened, the results and the activity log. */
export default function InterviewsTool() {
  const mounted = useMounted();
  const stored = useStore($state);
  // The server has no saved details; render its default until mounted so hydration matches.
  const state = mounted ? stored : DEFAULT_STATE;
  const today = useToday();
  const [announcement, announce] = useAnnouncer();
  const [deleted, setDeleted] = useState<DeletedInterview | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  const { interviews, activeId } = state;
  const agenda = useMemo(
    () => (today ? buildAgenda(interviews, today) : null),
    [interviews, today],
  );
  const measures = useMemo(() => measure(interviews), [interviews]);
  const log = useMemo(() => activityLog(interviews), [interviews]);

  // The Delete button went with its row, so focus goes to the Undo that replaced it.
  useLayoutEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const remove = (id: string) => {
    const gone = deleteInterview(id);
    if (gone) setDeleted(gone);
  };

  const undo = () => {
    if (!deleted) return;
    const name = interviewName(deleted.interview);
    const restored = restoreInterview(deleted);
    setDeleted(null);
    announce(restored ? `Restored “${name}”.` : `“${name}” is already back.`);
    // Wait a frame: with nothing left, the list only reappears after this render.
    requestAnimationFrame(() => listHeadingRef.current?.focus());
  };

  const addNew = () => {
    addInterview();
    window.location.assign(url(TIMELINE_PATH));
  };

  if (!mounted || !agenda) {
    return (
      <div class="interviews-tool">
        <p class="interviews-loading">Reading the interviews saved in this browser…</p>
      </div>
    );
  }

  return (
    <div class="interviews-tool">
      <StorageNotice mounted={mounted} />
      <div class="undo-status" role="status">
        {deleted && (
          <p class="notice undo-notice">
            <span>Deleted “{interviewName(deleted.interview)}” and its drafts.</span>
            <button type="button" class="secondary" ref={undoRef} onClick={undo}>
              Undo
            </button>
          </p>
        )}
      </div>
      {interviews.length === 0 ? (
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
          <InterviewsAgenda agenda={agenda} today={today} announce={announce} />
          <BackupReminder
            agenda={agenda}
            interviews={interviews}
            backedUpAt={state.backedUpAt}
            today={today}
          />
          <InterviewsList
            interviews={interviews}
            activeId={activeId}
            today={today}
            announce={announce}
            onAdd={addNew}
            onDelete={remove}
            headingRef={listHeadingRef}
          />
          <InterviewsRecord interviews={interviews} announce={announce} />
          <InterviewsResults measures={measures} />
          <ActivityLog entries={log} />
        </>
      )}
      <Announcer message={announcement} />
    </div>
  );
}
