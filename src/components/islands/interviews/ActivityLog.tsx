import { useEffect, useRef, useState } from 'preact/hooks';
import type { LogEntry } from '../../../lib/agenda';
import { formatLogDate } from '../../../lib/dates';
import { interviewName } from '../../../lib/interview';
import { listOf } from '../../../lib/text';
import { CHANNEL_LABELS } from '../../../lib/timeline';
import ShowMore, { PAGE_SIZE } from './ShowMore';

interface Props {
  /** Every follow-up ticked as sent, newest first. */
  entries: readonly LogEntry[];
}

/** A printable list of every follow-up you sent: proof of your job-search activity. */
export default function ActivityLog({ entries }: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const tableRef = useRef<HTMLDivElement>(null);
  // A printout lists every entry, however many are drawn on screen (the browser's own Print too).
  useEffect(() => {
    const all = () => setShown(Number.POSITIVE_INFINITY);
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);
  return (
    <section class="activity-log" aria-labelledby="log-heading">
      <h2 id="log-heading">Activity log</h2>
      <p class="section-intro">
        Every follow-up you ticked as sent, newest first. Print it when you need to show your
        job-search activity, for example to a benefits office.
      </p>
      {entries.length === 0 ? (
        <p class="log-empty">
          Nothing ticked as sent yet. When you tick a step as done, it is listed here with its date.
        </p>
      ) : (
        <>
          <p class="log-actions">
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print the activity log
            </button>
          </p>
          {/* On a phone the table scrolls sideways: the region takes focus so keys can scroll it. */}
          <div
            class="table-wrap"
            role="region"
            aria-labelledby="log-caption"
            tabIndex={0}
            ref={tableRef}
          >
            <table class="log-table">
              <caption id="log-caption" class="visually-hidden">
                Follow-ups sent, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Company</th>
                  <th scope="col">Role</th>
                  <th scope="col">Message</th>
                  <th scope="col">Channel</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {entries.slice(0, shown).map((entry) => (
                  <tr key={`${entry.interview.id}:${entry.stepId}`}>
                    <td>
                      <time dateTime={entry.sentOn}>{formatLogDate(entry.sentOn)}</time>
                    </td>
                    <td>{entry.interview.company.trim() || interviewName(entry.interview)}</td>
                    <td>{entry.interview.role}</td>
                    <td>{entry.title}</td>
                    <td>{entry.channel ? CHANNEL_LABELS[entry.channel] : '—'}</td>
                    <td>{entry.recipients.length > 0 ? listOf(entry.recipients) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore
            total={entries.length}
            shown={shown}
            noun="follow-ups"
            onShow={setShown}
            // With the last page shown the button goes: keep the place in the table.
            focusAfter={(first) => (first + PAGE_SIZE >= entries.length ? tableRef.current : null)}
          />
        </>
      )}
    </section>
  );
}
