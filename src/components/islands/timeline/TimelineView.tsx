import type { RefObject } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildAgenda } from '../../../lib/agenda';
import { icsFileName, type CalendarInterview } from '../../../lib/calendar';
import { formatDueBy, formatStepDate } from '../../../lib/dates';
import {
  laterRound,
  ownSteps,
  roundSteps,
  roundsUpTo,
  timelineOfStored,
  type Interview,
} from '../../../lib/interview';
import { calendarFile } from '../../../lib/on-demand';
import { saveFile } from '../../../lib/site';
import { STEPS, timelineSummary, type Step } from '../../../lib/timeline';
import BackupReminder from '../shared/BackupReminder';
import TimelineStep from './TimelineStep';
import { useZonedSteps } from './use-zoned-steps';

interface Props {
  /** The saved interview. */
  interview: Interview;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** Guide id → title. */
  guides: Record<string, string>;
  /** Whether the form holds changes that are not saved yet. */
  pending: boolean;
  /** The heading, focused after the form is submitted. */
  headingRef: RefObject<HTMLHeadingElement>;
  /** Told the one-line summary of what is due (null when there is no timeline to sum up). */
  onSummary: (summary: string | null) => void;
  /** Every saved interview: the other rounds of this application are among them. */
  interviews: readonly Interview[];
  /** Shows another saved interview (another round) in its place. */
  onShow: (id: string) => void;
}

/** A round as the schedule names it: "the phone interview on Tue, Dec 1". */
function roundName(round: Interview, today: string): string {
  return `the ${round.format} interview on ${formatStepDate(round.interviewDate, today)}`;
}

const EXPORT_FAILED =
  'The calendar file could not be made, most likely because the connection dropped. Check it and try again, or add the steps one by one below.';

/** The schedule: every step in date order, its warnings, and the calendar export. */
export default function TimelineView(props: Props) {
  const { interview, today, guides, pending, headingRef, onSummary, interviews } = props;
  // The button pressed goes with the round it was in: focus moves to the schedule now shown.
  const onShow = (id: string) => {
    props.onShow(id);
    headingRef.current?.focus();
  };
  const [exportMessage, setExportMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // A stored interview is already checked, so its timeline is worked out without parsing again;
  // null when its dates are beyond what a calendar can count.
  const timeline = useMemo(() => timelineOfStored(interview), [interview]);
  // Once a later round is added, it takes over the check-ins: this round keeps its own steps.
  const later = laterRound(interview, interviews);
  const rounds = roundsUpTo(interview, interviews);
  const steps = timeline && roundSteps(interview, interviews);
  const summary = steps ? timelineSummary(steps, interview.done, today) : null;
  useEffect(() => onSummary(summary), [summary, onSummary]);
  const zonedOf = useZonedSteps(interview, timeline, today);

  const calendar: CalendarInterview = {
    id: interview.id,
    company: interview.company,
    role: interview.role,
  };
  const what = [interview.company.trim(), interview.role.trim()].filter(Boolean).join(', ');
  const when = interview.interviewTime
    ? formatDueBy(`${interview.interviewDate}T${interview.interviewTime}`, today)
    : formatStepDate(interview.interviewDate, today);

  const download = async (steps: readonly Step[]) => {
    setBusy(true);
    setExportMessage('');
    try {
      const { buildIcs } = await calendarFile();
      const name = icsFileName(calendar);
      const zonedSteps = Object.fromEntries(steps.map((step) => [step.id, zonedOf(step)]));
      saveFile(name, buildIcs(calendar, steps, new Date(), zonedSteps), 'text/calendar');
      setExportMessage(
        `Downloaded ${name}. Open it to add all ${steps.length} steps to your calendar.`,
      );
    } catch {
      setExportMessage(EXPORT_FAILED);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" tabIndex={-1} ref={headingRef}>
        Your schedule
      </h2>
      <p class="timeline-for">
        {what ? `${what}: ` : ''}
        {rounds.length > 1 || later ? `round ${rounds.length}, ` : ''}
        {interview.interviewDate > today ? `interview on ${when}` : `interviewed ${when}`}.
      </p>
      {later && (
        <p class="notice round-note">
          This application went on to {roundName(later, today)}. Its check-ins follow that round, so
          this one keeps only its thank-yous
          {steps?.some((step) => step.id === 'materials')
            ? ' and what you promised to send'
            : ''}.{' '}
          <button type="button" class="secondary" onClick={() => onShow(later.id)}>
            Show the next round
          </button>
        </p>
      )}
      {rounds.length > 1 && (
        <EarlierRounds rounds={rounds.slice(0, -1)} today={today} onShow={onShow} />
      )}
      {pending && (
        <p class="pending-note">
          Some fields in the form need fixing, so this shows your details without those changes.
        </p>
      )}
      {timeline === null || steps === null ? (
        <p class="notice">
          Your timeline cannot be worked out from the saved dates: they are further off than a
          calendar can count. Check the interview and decision dates in the form.
        </p>
      ) : (
        <>
          {timeline.warnings.map((warning) => (
            <p class="notice timeline-warning" key={warning.code}>
              <strong>Note: </strong>
              {warning.message}
            </p>
          ))}
          <div class="timeline-actions">
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => void download(steps)}
            >
              Download all steps for your calendar (.ics)
            </button>
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print this timeline
            </button>
            <p class="export-status" role="status">
              {exportMessage}
            </p>
          </div>
          <ol class="steps">
            {steps.map((step) => (
              <TimelineStep
                key={step.id}
                step={step}
                interview={calendar}
                today={today}
                doneOn={interview.done[step.id]}
                zoned={zonedOf(step)}
                guides={guides}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The rounds before this one, each with how its own steps stand. */
function EarlierRounds(props: {
  rounds: readonly Interview[];
  today: string;
  onShow: (id: string) => void;
}) {
  const { rounds, today, onShow } = props;
  return (
    <section class="earlier-rounds" aria-labelledby="earlier-rounds-heading">
      <h3 id="earlier-rounds-heading">Earlier rounds</h3>
      <ol>
        {rounds.map((round, index) => (
          <li key={round.id}>
            <strong>
              Round {index + 1}: {roundName(round, today)}.
            </strong>{' '}
            {ownSteps(timelineOfStored(round)?.steps ?? [])
              .map((step) => {
                const sent = round.done[step.id];
                const what = STEPS[step.id].logName ?? step.title;
                return `${what}: ${sent ? `sent ${formatStepDate(sent, today)}` : 'not ticked as sent'}.`;
              })
              .join(' ')}{' '}
            <button type="button" class="secondary" onClick={() => onShow(round.id)}>
              Show round {index + 1}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

interface ReminderProps {
  /** Every saved interview. */
  interviews: readonly Interview[];
  /** When a backup was last saved, if ever. */
  backedUpAt: string | undefined;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

/** The backup reminder above the schedule, from the agenda of every saved interview. */
export function ScheduleReminder({ interviews, backedUpAt, today }: ReminderProps) {
  const agenda = useMemo(() => buildAgenda(interviews, today), [interviews, today]);
  return (
    <BackupReminder agenda={agenda} interviews={interviews} backedUpAt={backedUpAt} today={today} />
  );
}
