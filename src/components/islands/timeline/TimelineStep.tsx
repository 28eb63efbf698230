import {
  googleCalendarUrl,
  outlookCalendarUrl,
  type CalendarInterview,
  type ZonedStep,
} from '../../../lib/calendar';
import { formatDueBy, formatStepDate } from '../../../lib/dates';
import { url } from '../../../lib/routes';
import { toggleStepDone } from '../../../lib/state';
import { listOf } from '../../../lib/text';
import {
  CHANNEL_LABELS,
  stepTiming,
  writeLinks,
  type Step,
  type ZonedLine,
} from '../../../lib/timeline';

interface Props {
  step: Step;
  /** The interview the step belongs to. */
  interview: CalendarInterview;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** The day the step was ticked, if it was. */
  doneOn: string | undefined;
  /** Its times for recipients in other time zones; no lines when everyone shares yours. */
  zoned: ZonedStep;
  /** Guide id → title. */
  guides: Record<string, string>;
}

/** The times of one kind as a list, or nothing when there are none. */
function ZonedTimes(props: {
  lines: readonly ZonedLine[];
  kind: ZonedLine['kind'];
  several: boolean;
}) {
  const shown = props.lines.filter((line) => line.kind === props.kind);
  if (shown.length === 0) return null;
  return (
    <ul class="zoned-times">
      {shown.map((line) => (
        <li key={line.recipient + line.text}>
          {props.several && `${line.recipient}: `}
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/** One step of the timeline: when, how, to whom, why, and the links to act on it. */
export default function TimelineStep(props: Props) {
  const { step, interview, today, doneOn, zoned, guides } = props;
  const timing = stepTiming(step, today, doneOn);
  // A time to send is for a message still to send: not once it is done, nor on a day gone by.
  const sendable = timing.tone === 'upcoming' || timing.tone === 'now';
  const zonedTimes = zoned.lines.filter((line) => line.kind === 'due' || sendable);
  const several = step.recipients.length > 1;
  const guideId = step.guide.split('/')[2] ?? '';
  const guideTitle = guides[guideId] ?? 'the guide';
  const links = writeLinks(step, interview.id);
  const checkboxId = `done-${step.id}`;
  // Each step repeats these controls, so their names carry the step: "Done (Connect on LinkedIn)".
  const context = <span class="visually-hidden"> ({step.title})</span>;

  return (
    <li class={`step is-${timing.tone}`}>
      <div class="step-head">
        <p class="step-date">
          <time dateTime={step.date}>{formatStepDate(step.date, today)}</time>
          <span class="step-timing">{timing.text}</span>
        </p>
        <h3 class="step-title">{step.title}</h3>
        <div class="step-done">
          <input
            type="checkbox"
            id={checkboxId}
            checked={doneOn !== undefined}
            onChange={() => toggleStepDone(interview.id, step.id, today)}
          />
          <label for={checkboxId}>
            Done
            {context}
          </label>
        </div>
      </div>
      <dl class="step-facts">
        <div>
          <dt>How</dt>
          <dd>{CHANNEL_LABELS[step.channel]}</dd>
        </div>
        {step.recipients.length > 0 && (
          <div>
            <dt>To</dt>
            <dd>{listOf(step.recipients)}</dd>
          </div>
        )}
        {step.dueBy !== undefined && (
          <div>
            <dt>Due by</dt>
            <dd>
              {formatDueBy(step.dueBy, today)}
              {zonedTimes.some((line) => line.kind === 'due') && ' your time'}
              <ZonedTimes lines={zonedTimes} kind="due" several={several} />
            </dd>
          </div>
        )}
        {zonedTimes.some((line) => line.kind === 'send') && (
          <div>
            <dt>{step.channel === 'phone' ? 'Call at' : 'Send at'}</dt>
            <dd>
              <ZonedTimes lines={zonedTimes} kind="send" several={several} />
            </dd>
          </div>
        )}
        {step.latest !== undefined && (
          <div>
            <dt>No later than</dt>
            <dd>{formatStepDate(step.latest, today)}</dd>
          </div>
        )}
      </dl>
      <p class="step-why">
        {step.why} <a href={url(step.guide)}>Read more: {guideTitle}</a>
      </p>
      <div class="step-actions">
        {links.length > 0 && (
          <ul class="write-links">
            {links.map((link) => (
              <li key={link.path}>
                <a class="button secondary" href={url(link.path)}>
                  {link.label}
                  {context}
                </a>
              </li>
            ))}
          </ul>
        )}
        <ul class="calendar-links">
          <li>
            <a
              href={googleCalendarUrl(step, interview, zoned)}
              target="_blank"
              rel="noopener noreferrer"
            >
              Add to Google Calendar
              <span class="visually-hidden"> ({step.title}, opens in a new tab)</span>
            </a>
          </li>
          <li>
            <a
              href={outlookCalendarUrl(step, interview, zoned)}
              target="_blank"
              rel="noopener noreferrer"
            >
              Add to Outlook
              <span class="visually-hidden"> ({step.title}, opens in a new tab)</span>
            </a>
          </li>
        </ul>
      </div>
    </li>
  );
}
