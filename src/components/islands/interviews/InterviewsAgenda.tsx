import { useRef, useState } from 'preact/hooks';
import type { Agenda, AgendaItem } from '../../../lib/agenda';
import { formatStepDate } from '../../../lib/dates';
import { interviewName } from '../../../lib/interview';
import { url } from '../../../lib/routes';
import { toggleStepDone } from '../../../lib/state';
import ShowMore, { PAGE_SIZE } from './ShowMore';

interface Props {
  /** What to do, across every interview still being followed up. */
  agenda: Agenda;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** Says something in the page's live region. */
  announce: (message: string) => void;
}

const GROUPS = [
  { key: 'overdue', title: 'Overdue', empty: '' },
  { key: 'today', title: 'To do today', empty: 'Nothing to send today.' },
  { key: 'next', title: 'Coming up', empty: '' },
] as const;

/** Today's agenda across all interviews: overdue, today, and each interview's next step. */
export default function InterviewsAgenda({ agenda, today, announce }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const count = agenda.overdue.length + agenda.today.length + agenda.next.length;

  const tick = (entry: AgendaItem) => {
    toggleStepDone(entry.interview.id, entry.step.id, today);
    announce(`Done: ${entry.step.title} for ${interviewName(entry.interview)}.`);
    // The line leaves the agenda with its checkbox; carry on from the top of the section.
    headingRef.current?.focus();
  };

  return (
    <section class="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" tabIndex={-1} ref={headingRef}>
        Today, {formatStepDate(today)}
      </h2>
      {count === 0 ? (
        <p class="agenda-empty">
          Nothing to send: every interview you are waiting on is up to date.
        </p>
      ) : (
        GROUPS.map(({ key, title, empty }) => {
          const items = agenda[key];
          if (items.length === 0 && !empty) return null;
          return (
            <div class={`agenda-group is-${key}`} key={key}>
              <h3 id={`agenda-${key}`}>
                {title} <span class="count">({items.length})</span>
              </h3>
              {items.length === 0 ? (
                <p class="agenda-empty">{empty}</p>
              ) : (
                <AgendaList id={`agenda-${key}`} items={items} onTick={tick} />
              )}
            </div>
          );
        })
      )}
    </section>
  );
}

/** One group's steps, a page at a time. */
function AgendaList(props: {
  id: string;
  items: readonly AgendaItem[];
  onTick: (entry: AgendaItem) => void;
}) {
  const { id, items, onTick } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const listRef = useRef<HTMLUListElement>(null);
  return (
    <>
      <ul class="agenda-list" aria-labelledby={id} ref={listRef}>
        {items.slice(0, shown).map((entry) => (
          <AgendaLine
            key={`${entry.interview.id}:${entry.step.id}`}
            entry={entry}
            onTick={onTick}
          />
        ))}
      </ul>
      <ShowMore
        total={items.length}
        shown={shown}
        noun="steps"
        onShow={setShown}
        // Keyboard users carry on from the first step added.
        focusAfter={(first) =>
          listRef.current?.children[first]?.querySelector<HTMLElement>('input, a')
        }
      />
    </>
  );
}

/** One step to take: for which interview, what, when, a Done tick and where to write it. */
function AgendaLine({ entry, onTick }: { entry: AgendaItem; onTick: (entry: AgendaItem) => void }) {
  const { interview, step, timing, links } = entry;
  const name = interviewName(interview);
  const checkboxId = `agenda-${interview.id}-${step.id}`;
  // Every line repeats these controls, so their names carry the step and the company.
  const context = (
    <span class="visually-hidden">
      {' '}
      ({step.title}, {name})
    </span>
  );
  return (
    <li class={`agenda-item is-${timing.tone}`}>
      <div class="agenda-what">
        <p class="agenda-for">{name}</p>
        <p class="agenda-step">{step.title}</p>
        <p class="agenda-when">
          <time dateTime={step.date}>{formatStepDate(step.date)}</time>
          <span class="step-timing">{timing.text}</span>
        </p>
      </div>
      <div class="agenda-actions">
        <div class="step-done">
          <input type="checkbox" id={checkboxId} checked={false} onChange={() => onTick(entry)} />
          <label for={checkboxId}>
            Done
            {context}
          </label>
        </div>
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
      </div>
    </li>
  );
}
