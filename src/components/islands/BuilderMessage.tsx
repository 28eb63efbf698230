import { useEffect, useRef, useState } from 'preact/hooks';
import { characterCount, type BuilderTemplate } from '../../lib/builder/index';
import { splitForHighlight } from '../../lib/templates/render';
import type { Finding } from '../../lib/templates/types';
import BuilderChecker from './BuilderChecker';
import BuilderSend from './BuilderSend';

type Props = {
  /** The template the message comes from. */
  template: BuilderTemplate;
  /** The final subject, or null when the channel has none. */
  subject: string | null;
  /** The final body. */
  body: string;
  /** What the etiquette checker found in the final text; null until the checker has loaded. */
  findings: readonly Finding[] | null;
  /** Whether the person has edited the final text by hand. */
  edited: boolean;
  /** The recipient's email address, or ''. */
  to: string;
  /** The recipient's name, or ''. */
  recipient: string;
  /** The CC text. */
  cc: string;
  /** Prefix for element ids, unique per message. */
  idPrefix: string;
  onSubject: (value: string) => void;
  onBody: (value: string) => void;
  onReset: () => void;
  onCc: (value: string) => void;
};

/** Text with every unfilled {{placeholder}} marked, built from text nodes only. */
function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitForHighlight(text).map((segment, index) =>
        segment.placeholder === undefined ? (
          segment.text
        ) : (
          <mark class="ph" key={index}>
            <span class="visually-hidden">to fill in: </span>
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}

/** One message: a live preview, the editable final text, the etiquette check, and ways to copy or send it. */
export default function BuilderMessage(props: Props) {
  const { template, subject, body, idPrefix } = props;
  const subjectId = `${idPrefix}-subject`;
  const bodyId = `${idPrefix}-body`;
  const countId = `${idPrefix}-count`;
  const limit = template.limit;
  const count = limit === undefined ? null : characterCount(body, limit);
  const unfilled = splitForHighlight(`${subject ?? ''}\n${body}`).some(
    (segment) => segment.placeholder !== undefined,
  );

  // Announced only when the text crosses the limit, never on each keystroke.
  const [news, setNews] = useState('');
  const over = count?.over ?? false;
  const wasOver = useRef(over);
  useEffect(() => {
    if (limit === undefined || wasOver.current === over) return;
    wasOver.current = over;
    setNews(
      over
        ? `The ${template.channel === 'linkedin' ? 'note' : 'text'} is now over the ${limit}-character limit.`
        : `The ${template.channel === 'linkedin' ? 'note' : 'text'} fits the ${limit}-character limit again.`,
    );
  }, [over, limit, template.channel]);

  // Roughly one row per wrapped line, so most messages show whole without scrolling.
  const lines = body
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 70)), 0);
  const rows = Math.min(22, Math.max(8, lines + 1));

  return (
    <>
      <section class="builder-section" aria-labelledby={`${idPrefix}-preview`}>
        <h3 id={`${idPrefix}-preview`}>Preview</h3>
        <div class="builder-preview">
          {subject !== null && (
            <p class="builder-preview-subject">
              <span class="builder-preview-label">Subject:</span> <Highlighted text={subject} />
            </p>
          )}
          <div class="builder-preview-body">
            <Highlighted text={body} />
          </div>
        </div>
        {unfilled && (
          <p class="builder-hint">
            Highlighted words in double braces are still to fill in: use the fields, or change the
            text below.
          </p>
        )}
      </section>

      <section class="builder-section" aria-labelledby={`${idPrefix}-final`}>
        <h3 id={`${idPrefix}-final`}>Final text</h3>
        <p class="builder-hint">Change anything you like here before you copy it.</p>
        {subject !== null && (
          <div class="builder-field">
            <label for={subjectId}>Subject</label>
            <input
              id={subjectId}
              type="text"
              class="builder-subject"
              value={subject}
              onInput={(event) => props.onSubject(event.currentTarget.value)}
            />
          </div>
        )}
        <div class="builder-field">
          <label for={bodyId}>{template.channel === 'phone' ? 'Script' : 'Message'}</label>
          <textarea
            id={bodyId}
            class="builder-body"
            rows={rows}
            value={body}
            aria-describedby={count ? countId : undefined}
            onInput={(event) => props.onBody(event.currentTarget.value)}
          />
          {count && (
            <p id={countId} class={count.over ? 'builder-count is-over' : 'builder-count'}>
              {count.text}
            </p>
          )}
        </div>
        {props.edited && (
          <p class="builder-hint">
            You have edited this text, so changes to the fields no longer appear in it. Reset it to
            start again from the template and your details.
          </p>
        )}
        <button
          type="button"
          class="secondary"
          onClick={() => {
            props.onReset();
            setNews('The text follows the template again.');
          }}
        >
          Reset to template
        </button>
        <p class="visually-hidden" role="status">
          {news}
        </p>
      </section>

      <BuilderChecker findings={props.findings} idPrefix={idPrefix} />

      <BuilderSend
        channel={template.channel}
        subject={subject}
        body={body}
        to={props.to}
        recipient={props.recipient}
        limit={limit}
        cc={props.cc}
        onCc={props.onCc}
        bodyId={bodyId}
        idPrefix={idPrefix}
      />
    </>
  );
}
