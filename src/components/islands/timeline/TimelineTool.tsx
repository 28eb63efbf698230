import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildAgenda } from '../../../lib/agenda';
import type { HolidayRegion } from '../../../lib/holidays';
import { nextRoundDraft, timelineOfStored, type Interview } from '../../../lib/interview';
import {
  $formDrafts,
  $state,
  $storageStatus,
  DEFAULT_STATE,
  keepFormDraft,
  newId,
} from '../../../lib/state';
import { TIMELINE_PATH, newInterviewRequest, url } from '../../../lib/routes';
import { timelineSummary } from '../../../lib/timeline';
import Announcer, { useAnnouncer } from '../shared/Announcer';
import BackupReminder from '../shared/BackupReminder';
import StorageNotice from '../shared/StorageNotice';
import { useMounted } from '../shared/use-mounted';
import { useLeaveWarning } from '../shared/use-leave-warning';
import { useToday } from '../shared/use-today';
import InterviewForm from './InterviewForm';
import InterviewPicker, { InterviewActions } from './InterviewPicker';
import TimelineEmpty from './TimelineEmpty';
import TimelineView from './TimelineView';
import { useTabInterview } from './use-tab-interview';

interface Props {
  /** Guide id → title, for the "read more" link on each step. */
  guides: Record<string, string>;
  /** Every region with a holiday preset, for the form's list. */
  regions: readonly HolidayRegion[];
}

// Screen readers hear the summary once typing pauses, not after every keystroke.
const ANNOUNCE_DELAY_MS = 700;

/** The personal timeline tool: the interview form, the schedule it gives, and their notices. */
export default function TimelineTool({ guides, regions }: Props) {
  const mounted = useMounted();
  const stored = useStore($state);
  // The server has no saved details; render its default until mounted so hydration matches.
  const state = mounted ? stored : DEFAULT_STATE;
  const forms = useStore($formDrafts);
  const storageStatus = useStore($storageStatus);
  const {
    editing,
    record,
    note: tabNote,
    show,
    deletingHere,
  } = useTabInterview(mounted, state.interviews);
  const today = useToday();
  const [pending, setPending] = useState(false);
  // On a phone a returning visitor sees the schedule first, the details behind "Edit details";
  // someone typing their first interview keeps the form open as it saves.
  const [detailsOpen, setDetailsOpen] = useState(false);
  const returning = useRef<boolean | null>(null);
  if (mounted && returning.current === null) returning.current = state.interviews.length > 0;
  const [announcement, announce] = useAnnouncer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const lastSummary = useRef<string | null | undefined>(undefined);

  const collapsed = returning.current === true && record !== undefined && !detailsOpen;
  // The form shown while the page reads what is saved becomes the first interview's form, filled
  // in place, rather than being rebuilt; another interview gets a fresh form.
  const firstEditing = useRef<string | null>(null);
  if (editing !== null && firstEditing.current === null) firstEditing.current = editing;
  const formKey = editing === null || editing === firstEditing.current ? 'first' : editing;

  const unsaved = pending || (storageStatus !== 'ok' && state.interviews.length > 0);
  useLeaveWarning(mounted && unsaved);

  const agenda = useMemo(
    () => (today && state.interviews.length > 0 ? buildAgenda(state.interviews, today) : null),
    [state.interviews, today],
  );

  // A stored interview is already checked, so its timeline is worked out without parsing again.
  const timeline = useMemo(() => (record ? timelineOfStored(record) : null), [record]);
  const summary =
    timeline && today ? timelineSummary(timeline.steps, record?.done ?? {}, today) : null;

  useEffect(() => {
    if (!mounted || editing === null || !today) return;
    // The first summary is what the page shows on arrival; only later changes are news.
    if (lastSummary.current === undefined) {
      lastSummary.current = summary;
      return;
    }
    if (summary === lastSummary.current) return;
    lastSummary.current = summary;
    const timer = setTimeout(
      () => announce(summary ?? 'Timeline cleared: enter the interview date to see it.'),
      ANNOUNCE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [mounted, editing, today, summary]);

  /** A new interview form; for the next round of `earlier`, filled in with what stays the same. */
  const startNew = (earlier?: Interview) => {
    const id = newId();
    if (earlier) keepFormDraft(id, nextRoundDraft(earlier, new Date()));
    show(id);
    setPending(false);
    setDetailsOpen(true);
    formHeadingRef.current?.focus();
  };

  // "Add an interview" and "Add the next round" on My interviews open a new form here.
  const ready = editing !== null;
  useEffect(() => {
    const request = ready ? newInterviewRequest(window.location.search) : null;
    if (!request) return;
    window.history.replaceState(window.history.state, '', url(TIMELINE_PATH));
    startNew(state.interviews.find(({ id }) => id === request.from));
  }, [ready]);

  const select = (id: string) => {
    show(id);
    setPending(false);
  };

  const submitted = () => {
    headingRef.current?.focus();
    announce(`Saved. ${summary ?? ''}`.trim());
  };

  return (
    <div class="timeline-tool">
      <StorageNotice mounted={mounted} focusAfter="form-heading" />
      {agenda && today && (
        <BackupReminder
          agenda={agenda}
          interviews={state.interviews}
          backedUpAt={state.backedUpAt}
          today={today}
        />
      )}
      <div class="timeline-columns">
        <div class={`form-column${collapsed ? ' is-collapsed' : ''}`}>
          <h2 id="form-heading" tabIndex={-1} ref={formHeadingRef}>
            Your interview
          </h2>
          <p class="form-intro">
            Fill this in once. It stays in this browser, and the template builder uses it too.
          </p>
          {tabNote && (
            <p class="tab-note" role="status">
              {tabNote}
            </p>
          )}
          <InterviewPicker
            interviews={state.interviews}
            unsaved={Object.entries(forms).filter(
              ([id]) => !state.interviews.some((entry) => entry.id === id),
            )}
            editing={editing}
            saved={record !== undefined}
            disabled={!mounted}
            onSelect={select}
          />
          {returning.current && record && (
            <button
              type="button"
              class="secondary details-toggle"
              aria-expanded={!collapsed}
              aria-controls="interview-details"
              onClick={() => setDetailsOpen(collapsed)}
            >
              {collapsed ? 'Edit details' : 'Hide details'}
            </button>
          )}
          <div id="interview-details" class="form-details">
            <InterviewForm
              key={formKey}
              id={editing}
              record={record}
              disabled={!mounted || editing === null}
              onPendingChange={setPending}
              onSubmitted={submitted}
              regions={regions}
              today={today}
            />
            <InterviewActions
              current={record}
              disabled={!mounted}
              onStartNew={() => startNew()}
              onDeleting={deletingHere}
              onDeleted={() => formHeadingRef.current?.focus()}
            />
          </div>
        </div>
        {record && today ? (
          <TimelineView
            interview={record}
            timeline={timeline}
            today={today}
            guides={guides}
            pending={pending}
            headingRef={headingRef}
          />
        ) : (
          <TimelineEmpty headingRef={headingRef} />
        )}
      </div>
      <Announcer message={announcement} />
    </div>
  );
}
