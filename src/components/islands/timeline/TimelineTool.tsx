import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { timelineOfStored } from '../../../lib/agenda';
import { $state, DEFAULT_STATE, newId, setActiveInterview } from '../../../lib/state';
import { timelineSummary } from '../../../lib/timeline';
import Announcer, { useAnnouncer } from '../shared/Announcer';
import StorageNotice from '../shared/StorageNotice';
import { useMounted } from '../shared/use-mounted';
import { useToday } from '../shared/use-today';
import InterviewForm from './InterviewForm';
import InterviewPicker, { InterviewActions } from './InterviewPicker';
import TimelineEmpty from './TimelineEmpty';
import TimelineView from './TimelineView';

interface Props {
  /** Guide id → title, for the "read more" link on each step. */
  guides: Record<string, string>;
}

// Screen readers hear the summary once typing pauses, not after every keystroke.
const ANNOUNCE_DELAY_MS = 700;

/** The personal timeline tool: the interview form, the schedule it gives, and their notices. */
export default function TimelineTool({ guides }: Props) {
  const mounted = useMounted();
  const stored = useStore($state);
  // The server has no saved details; render its default until mounted so hydration matches.
  const state = mounted ? stored : DEFAULT_STATE;
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

  // Follow the active interview: on load, on a switch here, and on changes from another tab.
  useEffect(() => {
    if (!mounted || state.activeId === seenActive.current) return;
    seenActive.current = state.activeId;
    if (state.activeId !== null) {
      if (state.activeId !== editing) setEditing(state.activeId);
    } else if (editing === null || wasStored.current === editing) {
      // Nothing is saved (a first visit, or the last interview was removed): start a fresh form.
      setEditing(newId());
    }
  }, [mounted, state.activeId, editing]);

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
    setEditing(newId());
    setPending(false);
    setDetailsOpen(true);
    formHeadingRef.current?.focus();
  };

  const select = (id: string) => {
    setActiveInterview(id);
    // Also set directly: choosing the interview that is already active changes no stored state.
    setEditing(id);
    setPending(false);
  };

  const submitted = () => {
    headingRef.current?.focus();
    announce(`Saved. ${summary ?? ''}`.trim());
  };

  return (
    <div class="timeline-tool">
      <StorageNotice mounted={mounted} focusAfter="form-heading" />
      <div class="timeline-columns">
        <div class={`form-column${collapsed ? ' is-collapsed' : ''}`}>
          <h2 id="form-heading" tabIndex={-1} ref={formHeadingRef}>
            Your interview
          </h2>
          <p class="form-intro">
            Fill this in once. It stays in this browser, and the template builder uses it too.
          </p>
          <InterviewPicker
            interviews={state.interviews}
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
            />
            <InterviewActions
              current={record}
              disabled={!mounted}
              onStartNew={startNew}
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
