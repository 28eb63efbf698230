import type { RefObject } from 'preact';

interface Props {
  /** The heading, focused after the form is submitted. */
  headingRef: RefObject<HTMLHeadingElement>;
  /** Said instead of the invitation when the schedule's code could not be loaded. */
  failed?: string | undefined;
}

/** The schedule's place before there is anything to show in it. */
export default function TimelineEmpty({ headingRef, failed }: Props) {
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" tabIndex={-1} ref={headingRef}>
        Your schedule
      </h2>
      {failed ? (
        <p class="notice">{failed}</p>
      ) : (
        <p class="timeline-empty">
          Enter your interview date and every step appears here on its own day, with the message to
          write and a link to put it in your calendar.
        </p>
      )}
    </section>
  );
}
