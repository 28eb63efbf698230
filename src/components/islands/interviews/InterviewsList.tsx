import type { JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { isFollowingUp, nextStep } from '../../../lib/agenda';
import { formatStepDate } from '../../../lib/dates';
import {
  INTERVIEW_STATUSES,
  STATUS_LABELS,
  interviewName,
  laterRound,
  type Interview,
  type InterviewStatus,
} from '../../../lib/interview';
import { EDIT_INTERVIEW_PATH, builderPath, nextRoundPath, url } from '../../../lib/routes';
import ConfirmDelete from '../shared/ConfirmDelete';
import { setActiveInterview, setArchived, setStatus } from '../../../lib/state';
import ShowMore, { PAGE_SIZE } from './ShowMore';

interface Props {
  /** Every saved interview, oldest first. */
  interviews: readonly Interview[];
  /** The interview the timeline and the builder show. */
  activeId: string | null;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** Says something in the page's live region. */
  announce: (message: string) => void;
  /** Adds an interview and opens the timeline for it. */
  onAdd: () => void;
  /** Deletes an interview, once its card has asked. */
  onDelete: (id: string) => void;
  /** The section heading, focused when rows move away. */
  headingRef: RefObject<HTMLHeadingElement>;
}

/** Every interview with where it stands, and what you can do with it. */
export default function InterviewsList(props: Props) {
  const { interviews, onAdd, headingRef } = props;
  const current = interviews.filter((interview) => !interview.archived);
  const archived = interviews.filter((interview) => interview.archived);
  // The archive is drawn once it is first opened; long lists a page at a time.
  const [archiveOpened, setArchiveOpened] = useState(false);

  return (
    <section class="interview-list" aria-labelledby="list-heading">
      <h2 id="list-heading" tabIndex={-1} ref={headingRef}>
        Your interviews
      </h2>
      {current.length === 0 ? (
        <p>Every interview is archived. Add a new one, or bring one back from the archive.</p>
      ) : (
        <Cards list={current} {...props} />
      )}
      <p class="list-add">
        <button type="button" onClick={onAdd}>
          Add an interview
        </button>
      </p>
      {archived.length > 0 && (
        <details
          class="archived"
          onToggle={(event) => {
            if (event.currentTarget.open) setArchiveOpened(true);
          }}
        >
          <summary>Archived ({archived.length})</summary>
          <p class="hint">
            Archived interviews are off your agenda but still count in your results.
          </p>
          {archiveOpened && <Cards list={archived} {...props} />}
        </details>
      )}
    </section>
  );
}

/** A list of interview cards, a page at a time. */
function Cards({ list, ...props }: Props & { list: readonly Interview[] }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <>
      <ul class="interview-cards">
        {list.slice(0, shown).map((interview) => (
          <InterviewCard key={interview.id} interview={interview} {...props} />
        ))}
      </ul>
      <ShowMore
        total={list.length}
        shown={shown}
        noun="interviews"
        onShow={setShown}
        // Keyboard users carry on from the first card added.
        focusAfter={(first) => document.getElementById(`interview-${list[first]?.id}`)}
      />
    </>
  );
}

/** What comes next for an interview: its next step, or where its outcome leads. */
function NextStep(props: {
  interview: Interview;
  /** The round after it, once added. */
  later: Interview | undefined;
  today: string;
  context: JSX.Element;
}) {
  const { interview, later, today, context } = props;
  if (later) return <>{`Next round: ${formatStepDate(later.interviewDate, today)}`}</>;
  const next = isFollowingUp(interview) ? nextStep(interview, today) : null;
  if (next)
    return (
      <>{`${next.step.title}, ${formatStepDate(next.step.date, today)} (${next.timing.text})`}</>
    );
  if (isFollowingUp(interview)) return <>All steps done</>;
  if (interview.status === 'next-round') {
    return <a href={url(nextRoundPath(interview.id))}>Add the next round{context}</a>;
  }
  if (interview.status === 'rejected') {
    const reply = builderPath({ template: 'rejection-response', interview: interview.id });
    return <a href={url(reply)}>Reply to their decision{context}</a>;
  }
  return <>None: follow-ups are over</>;
}

/** One interview: what it is, its next step, its status and its actions. */
function InterviewCard({
  interview,
  interviews,
  activeId,
  today,
  announce,
  onDelete,
  headingRef,
}: Props & { interview: Interview }) {
  const { id } = interview;
  const name = interviewName(interview);
  const active = id === activeId;
  const statusId = `status-${id}`;
  const headingId = `interview-${id}`;
  const context = <span class="visually-hidden"> ({name})</span>;

  const changeStatus = (status: InterviewStatus) => {
    if (setStatus(id, status)) announce(`Saved: ${name} is now “${STATUS_LABELS[status]}”.`);
  };

  const toggleArchive = () => {
    if (interview.archived) {
      setArchived(id, false);
      announce(`${name} is back in your list and on your agenda.`);
    } else {
      setArchived(id, true);
      announce(`Archived ${name}. It is listed under Archived, and still counts in your results.`);
    }
    headingRef.current?.focus();
  };

  return (
    <li class={`interview-card${active ? ' is-active' : ''}`}>
      <h3 id={headingId} class="card-title" tabIndex={-1}>
        {name}
        {active && <span class="badge">Current</span>}
      </h3>
      <dl class="step-facts card-facts">
        <div>
          <dt>Interview</dt>
          <dd>
            <time dateTime={interview.interviewDate}>
              {formatStepDate(interview.interviewDate, today)}
            </time>
          </dd>
        </div>
        <div>
          <dt>Next step</dt>
          <dd>
            <NextStep
              interview={interview}
              later={laterRound(interview, interviews)}
              today={today}
              context={context}
            />
          </dd>
        </div>
      </dl>
      <p class="card-status">
        <label for={statusId}>Status{context}</label>
        <select
          id={statusId}
          value={interview.status}
          onChange={(event) => changeStatus(event.currentTarget.value as InterviewStatus)}
        >
          {INTERVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </p>
      <div class="card-actions">
        <a
          class="button secondary"
          href={url(EDIT_INTERVIEW_PATH)}
          onClick={() => setActiveInterview(id)}
        >
          Edit{context}
        </a>
        {!active && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setActiveInterview(id);
              announce(
                `${name} is now your current interview: your timeline and templates show it.`,
              );
              // The button goes once the interview is active; keep the place on its card.
              document.getElementById(headingId)?.focus();
            }}
          >
            Make current{context}
          </button>
        )}
        <button type="button" class="secondary" onClick={toggleArchive}>
          {interview.archived ? 'Unarchive' : 'Archive'}
          {context}
        </button>
        <ConfirmDelete
          id={`delete-${id}`}
          label={<>Delete{context}</>}
          question={`Delete “${name}” and any messages you drafted for it? This cannot be undone.`}
          confirm="Delete it"
          onConfirm={() => onDelete(id)}
        />
      </div>
    </li>
  );
}
