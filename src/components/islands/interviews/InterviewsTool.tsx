import { useStore } from '@nanostores/preact';
import { useMemo, useRef } from 'preact/hooks';
import { activityLog, buildAgenda } from '../../../lib/agenda';
import { interviewName } from '../../../lib/interview';
import { measure } from '../../../lib/measures';
import { NEW_INTERVIEW_PATH, url } from '../../../lib/routes';
import { $state, DEFAULT_STATE, deleteInterview } from '../../../lib/state';
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
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  const { interviews, activeId } = state;
  const agenda = useMemo(
    () => (today ? buildAgenda(interviews, today) : null),
    [interviews, today],
  );
  const measures = useMemo(() => measure(interviews, today || undefined), [interviews, today]);
  const log = useMemo(() => activityLog(interviews), [interviews]);

  const remove = (id: string) => {
    const gone = deleteInterview(id);
    if (!gone) return;
    announce(`Deleted “${interviewName(gone.interview)}” and its drafts.`);
    // The card went with its buttons; wait a frame, as with nothing left the page shows its
    // empty state only after this render.
    requestAnimationFrame(() =>
      (listHeadingRef.current ?? document.getElementById('empty-heading'))?.focus(),
    );
  };

  // A new interview is a form on the timeline; nothing is saved until it has details.
  const addNew = () => window.location.assign(url(NEW_INTERVIEW_PATH));

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
      {interviews.length === 0 ? (
        <section class="interviews-empty" aria-labelledby="empty-heading">
          <h2 id="empty-heading" tabIndex={-1}>
            No interviews yet
          </h2>
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
