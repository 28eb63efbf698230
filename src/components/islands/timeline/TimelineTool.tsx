import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HolidayRegion } from '../../../lib/holidays';
import { nextRoundDraft, type Interview } from '../../../lib/interview';
import {
  $formDrafts,
  $state,
  $storageStatus,
  DEFAULT_STATE,
  keepFormDraft,
  linkNextRound,
  newId,
} from '../../../lib/state';
import { TIMELINE_PATH, timelineRequest, url } from '../../../lib/routes';
import Announcer, { useAnnouncer } from '../shared/Announcer';
import StorageNotice from '../shared/StorageNotice';
import { useMounted } from '../shared/use-mounted';
import { useLeaveWarning } from '../shared/use-leave-warning';
import { useToday } from '../shared/use-today';
import { useOnDemand } from '../shared/use-on-demand';
import { interviewForm, schedule } from '../on-demand';
import TimelineEmpty from './TimelineEmpty';
import { useTabInterview } from './use-tab-interview';

interface Props {
  /** Guide id → title, for the "read more" link on each step. */
  guides: Record<string, string>;
  /** Every region with a holiday preset, for the form's list. */
  regions: readonly HolidayRegion[];
  /** The blank form as the server drew it, shown until the form's own code has arrived. */
  children?: ComponentChildren;
}

// Screen readers hear the summary once typing pauses, not after every keystroke.
const ANNOUNCE_DELAY_MS = 700;

// A part of the page that arrives when needed could not (offline before the site was kept).
const NOT_LOADED =
  'This part of the page could not be loaded, most likely because the connection dropped. Your saved details are safe: check the connection and reload the page.';

/** The personal timeline tool: the interview form, the schedule it gives, and their notices. */
export default function TimelineTool({ guides, regions, children }: Props) {
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
  // A returning visitor sees the schedule first, the details behind "Edit details" (the form's
  // code loads when they open); someone typing their first interview keeps the form open as it saves.
  const [detailsOpen, setDetailsOpen] = useState(false);
  const returning = useRef<boolean | null>(null);
  if (mounted && returning.current === null) returning.current = state.interviews.length > 0;
  const [announcement, announce] = useAnnouncer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const lastSummary = useRef<string | null | undefined>(undefined);

  // Changes kept from an earlier visit that are not saved yet open the details at once.
  useEffect(() => {
    if (editing !== null && forms[editing]) setDetailsOpen(true);
  }, [editing]);
  const collapsed = returning.current === true && record !== undefined && !detailsOpen;
  const form = useOnDemand(interviewForm, editing !== null && !collapsed);
  // The schedule's code also lists the saved interviews and the unsaved ones to switch between.
  const listed = state.interviews.length > 0 || Object.keys(forms).length > 1;
  const view = useOnDemand(schedule, mounted && (record !== undefined || listed));
  const InterviewForm = form.loaded?.default;
  const saved = view.loaded;
  const TimelineView = saved?.TimelineView;
  // A saved interview's details stay closed until its form can show them, never blank.
  const detailsHidden = collapsed || (returning.current === true && !InterviewForm);
  // The schedule's one-line summary; undefined until the schedule has worked it out.
  const [reported, setReported] = useState<string | null | undefined>(undefined);
  const summary = record ? reported : null;
  // Everything this visit shows on arrival has arrived (or failed, and says so).
  const arrived =
    mounted &&
    editing !== null &&
    (record === undefined || TimelineView !== undefined || view.failed) &&
    (detailsHidden || InterviewForm !== undefined || form.failed);
  // The form shown while the page reads what is saved becomes the first interview's form, filled
  // in place, rather than being rebuilt; another interview gets a fresh form.
  const firstEditing = useRef<string | null>(null);
  if (editing !== null && firstEditing.current === null) firstEditing.current = editing;
  const formKey = editing === null || editing === firstEditing.current ? 'first' : editing;

  const unsaved = pending || (storageStatus !== 'ok' && state.interviews.length > 0);
  useLeaveWarning(mounted && unsaved);

  useEffect(() => {
    if (!mounted || editing === null || !today || summary === undefined) return;
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
    if (earlier) {
      keepFormDraft(id, nextRoundDraft(earlier, new Date()));
      linkNextRound(earlier.id, id);
    }
    show(id);
    setPending(false);
    setDetailsOpen(true);
    formHeadingRef.current?.focus();
  };

  // "Add an interview" and "Add the next round" on My interviews open a new form here.
  const ready = editing !== null;
  useEffect(() => {
    const request = ready ? timelineRequest(window.location.search) : null;
    if (!request) return;
    window.history.replaceState(window.history.state, '', url(TIMELINE_PATH));
    if (request.open === 'details') setDetailsOpen(true);
    else startNew(state.interviews.find(({ id }) => id === request.from));
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
    <div class={`timeline-tool${arrived ? ' is-ready' : ''}`}>
      <StorageNotice mounted={mounted} focusAfter="form-heading" />
      {saved && today && state.interviews.length > 0 && (
        <saved.ScheduleReminder
          interviews={state.interviews}
          backedUpAt={state.backedUpAt}
          today={today}
        />
      )}
      <div class="timeline-columns">
        <div class={`form-column${detailsHidden ? ' is-collapsed' : ''}`}>
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
          {saved && (
            <saved.InterviewPicker
              interviews={state.interviews}
              unsaved={Object.entries(forms).filter(
                ([id]) => !state.interviews.some((entry) => entry.id === id),
              )}
              editing={editing}
              saved={record !== undefined}
              disabled={!mounted}
              onSelect={select}
            />
          )}
          {returning.current && record && (
            <button
              type="button"
              class="secondary details-toggle"
              aria-expanded={!detailsHidden}
              aria-controls="interview-details"
              onClick={() => setDetailsOpen(!detailsOpen)}
            >
              {detailsHidden ? 'Edit details' : 'Hide details'}
            </button>
          )}
          <div id="interview-details" class="form-details">
            {form.failed && <p class="notice">{NOT_LOADED}</p>}
            {InterviewForm ? (
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
            ) : (
              !form.failed && !returning.current && children
            )}
            {saved && (
              <saved.InterviewActions
                current={record}
                disabled={!mounted}
                onStartNew={() => startNew()}
                onDeleting={deletingHere}
                onDeleted={() => formHeadingRef.current?.focus()}
              />
            )}
          </div>
        </div>
        {record && today && TimelineView ? (
          <TimelineView
            interview={record}
            today={today}
            guides={guides}
            pending={pending}
            headingRef={headingRef}
            onSummary={setReported}
            interviews={state.interviews}
            onShow={select}
          />
        ) : (
          <TimelineEmpty headingRef={headingRef} failed={view.failed ? NOT_LOADED : undefined} />
        )}
      </div>
      <Announcer message={announcement} />
    </div>
  );
}
