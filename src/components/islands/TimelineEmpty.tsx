import type { RefObject } from 'preact';

interface Props {
  /** The heading, focused after the form is submitted. */
  headingRef: RefObject<HTMLHeadingElement>;
  /** The schedule's code could not be loaded. */
  failed?: boolean;
  /** There is an interview to show, and its schedule is on its way. */
  busy?: boolean;
}

/** The schedule's place before there is anything to show in it. */
export default function TimelineEmpty({ headingRef, failed = false, busy = false }: Props) {
  return (
    <section class="timeline" aria-labelledby="timeline-heading" aria-busy={busy || undefined}>
      <h2 id="timeline-heading" tabIndex={-1} ref={headingRef}>
        Your schedule
      </h2>
      {failed ? (
        <p class="notice" role="alert">
          Your schedule could not be loaded, most likely because the connection dropped. Check it
          and reload the page; anything already saved stays in this browser.
        </p>
      ) : (
        !busy && (
          <p class="timeline-empty">
            Enter your interview date and every step appears here on its own day, with the message
            to write and a link to put it in your calendar.
          </p>
        )
      )}
    </section>
  );
}
