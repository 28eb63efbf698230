import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildAgenda } from '../../../lib/agenda';
import type { HolidayRegion } from '../../../lib/holidays';
import { timelineOfStored } from '../../../lib/interview';
import {
  $activeId,
  $formDrafts,
  $state,
  $storageNotice,
  $storageStatus,
  $tabInterviewId,
  DEFAULT_STATE,
  OTHER_TAB_MESSAGES,
  chooseInTab,
  erasureCount,
  newId,
  setActiveInterview,
} from '../../../lib/state';
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
  const tabActive = useStore($activeId);
  const activeId = mounted ? tabActive : null;
  const forms = useStore($formDrafts);
  const storageStatus = useStore($storageStatus);
  const [tabNote, setTabNote] = useState<string | null>(null);
  const deletedHere = useRef(false);
  const erasuresSeen = useRef(0);
  const [editing, setEditing] = useState<string | null>(null);
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
  const seenActive = useRef<string | null | undefined>(undefined);
  const wasStored = useRef<string | null>(null);
  const lastSummary = useRef<string | null | undefined>(undefined);

  const record = state.interviews.find(({ id }) => id === editing);
  const collapsed = returning.current === true && record !== undefined && !detailsOpen;
  if (record) wasStored.current = record.id;
  // The form shown while the page reads what is saved becomes the first interview's form, filled
  // in place, rather than being rebuilt; another interview gets a fresh form.
  const firstEditing = useRef<string | null>(null);
  if (editing !== null && firstEditing.current === null) firstEditing.current = editing;
  const formKey = editing === null || editing === firstEditing.current ? 'first' : editing;

  // The tab shows its own interview: on load its last choice (also one not saved yet), later
  // only what this tab chooses. When that interview goes away elsewhere, the form says so.
  useEffect(() => {
    if (!mounted) return;
    const exists = (id: string | null) => state.interviews.some((entry) => entry.id === id);
    if (editing === null) {
      const own = $tabInterviewId.get();
      const first = own !== null && Object.hasOwn($formDrafts.get(), own) ? own : activeId;
      const id = first ?? newId();
      // Pinned to this tab, so another tab's choice never switches it, and a reload returns to it.
      chooseInTab(id);
      seenActive.current = activeId;
      erasuresSeen.current = erasureCount();
      setEditing(id);
      return;
    }
    if (activeId === seenActive.current) return;
    seenActive.current = activeId;
    if (activeId === editing || exists(editing)) return;
    if (wasStored.current !== editing) {
      // A new form with nothing typed in it yet follows an interview saved in another tab.
      if (activeId !== null && !Object.hasOwn($formDrafts.get(), editing)) {
        chooseInTab(activeId);
        setEditing(activeId);
      }
      return;
    }
    // Data another tab damaged is kept aside with a notice; the form keeps what it shows.
    if ($storageNotice.get() !== null) return;
    if (!deletedHere.current) {
      const erased = erasureCount() !== erasuresSeen.current;
      setTabNote(erased ? OTHER_TAB_MESSAGES.erased : OTHER_TAB_MESSAGES.deleted);
    }
    deletedHere.current = false;
    erasuresSeen.current = erasureCount();
    setEditing(activeId ?? newId());
  }, [mounted, activeId, editing, state.interviews]);

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

  const startNew = () => {
    const id = newId();
    chooseInTab(id);
    setEditing(id);
    setTabNote(null);
    setPending(false);
    setDetailsOpen(true);
    formHeadingRef.current?.focus();
  };

  const select = (id: string) => {
    // A new interview not saved yet is this tab's choice alone.
    if (!setActiveInterview(id)) chooseInTab(id);
    // Also set directly: choosing the interview that is already active changes no stored state.
    setEditing(id);
    setPending(false);
    setTabNote(null);
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
            />
            <InterviewActions
              current={record}
              disabled={!mounted}
              onStartNew={startNew}
              onDeleted={() => {
                deletedHere.current = true;
                formHeadingRef.current?.focus();
              }}
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
