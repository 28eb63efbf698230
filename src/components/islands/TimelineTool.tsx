import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_STATE } from '../../lib/state/defaults';
import { newId } from '../../lib/state/ids';
import { $state, setActiveInterview } from '../../lib/state/store';
import InterviewForm from './InterviewForm';
import StorageNotice from './StorageNotice';
import TimelineEmpty from './TimelineEmpty';
import { useChunk } from './use-chunk';
import { useToday } from './use-today';

interface Props {
  /** Guide id → title, for the "read more" link on each step. */
  guides: Record<string, string>;
}

// Screen readers hear the summary once typing pauses, not after every keystroke.
const ANNOUNCE_DELAY_MS = 700;

const loadSchedule = () => import('./timeline-schedule');

/** The personal timeline tool: the interview form, the schedule it gives, and their notices. */
export default function TimelineTool({ guides }: Props) {
  const [mounted, setMounted] = useState(false);
  const stored = useStore($state);
  // The server has no saved details; render its default until mounted so hydration matches.
  const state = mounted ? stored : DEFAULT_STATE;
  const [editing, setEditing] = useState<string | null>(null);
  const today = useToday();
  const [pending, setPending] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const seenActive = useRef<string | null | undefined>(undefined);
  const wasStored = useRef<string | null>(null);
  const lastSummary = useRef<string | null | undefined>(undefined);

  const record = state.interviews.find(({ id }) => id === editing);
  if (record) wasStored.current = record.id;

  useEffect(() => {
    setMounted(true);
  }, []);

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

  // The rules, the schedule and the picker load once there is an interview, or when the form is used.
  const schedule = useChunk(loadSchedule, state.interviews.length > 0);
  const rules = schedule.module;
  const result = useMemo(
    () => (record && rules ? rules.timelineFor(record) : null),
    [record, rules],
  );
  const timeline = result?.success ? result.data : null;
  const summary =
    timeline && today && rules
      ? rules.timelineSummary(timeline.steps, record?.done ?? {}, today)
      : null;

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
      () => setAnnouncement(summary ?? 'Timeline cleared: enter the interview date to see it.'),
      ANNOUNCE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [mounted, editing, today, summary]);

  const startNew = () => {
    setEditing(newId());
    setPending(false);
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
    setAnnouncement(`Saved. ${summary ?? ''}`.trim());
  };

  return (
    <div class="timeline-tool" onFocusIn={schedule.want}>
      <StorageNotice mounted={mounted} />
      <div class="timeline-columns">
        <div class="form-column">
          <h2 id="form-heading" tabIndex={-1} ref={formHeadingRef}>
            Your interview
          </h2>
          <p class="form-intro">
            Fill this in once. It stays in this browser, and the template builder uses it too.
          </p>
          {rules && (
            <rules.InterviewPicker
              interviews={state.interviews}
              editing={editing}
              saved={record !== undefined}
              disabled={!mounted}
              onSelect={select}
            />
          )}
          <InterviewForm
            key={editing ?? 'loading'}
            id={editing}
            record={record}
            disabled={!mounted || editing === null}
            onPendingChange={setPending}
            onSubmitted={submitted}
          />
          {rules && (
            <rules.InterviewActions
              current={record}
              disabled={!mounted}
              onStartNew={startNew}
              onDeleted={() => formHeadingRef.current?.focus()}
            />
          )}
        </div>
        {rules && record && result && today ? (
          <rules.TimelineView
            interview={record}
            result={result}
            today={today}
            guides={guides}
            pending={pending}
            headingRef={headingRef}
          />
        ) : (
          <TimelineEmpty
            headingRef={headingRef}
            failed={schedule.failed}
            busy={record !== undefined}
          />
        )}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
