import { useEffect, useRef, useState } from 'preact/hooks';
import {
  characterCount,
  editMessage,
  resetMessage,
  setCc,
  type BuilderMessage as Message,
  type BuilderTemplate,
  type SectionTitles,
} from '../../../lib/builder';
import { splitForHighlight } from '../../../lib/templates';
import BuilderChecker from './BuilderChecker';
import BuilderSend from './BuilderSend';

type Props = {
  /** The template the message comes from. */
  template: BuilderTemplate;
  /** The message as the builder has it. */
  message: Message;
  /** The recipient's email address, or ''. */
  to: string;
  /** The recipient's name, or ''. */
  recipient: string;
  /** The CC text. */
  cc: string;
  /** Prefix for element ids, unique per message. */
  idPrefix: string;
  /** The heading of each guide section the checker links to. */
  sectionTitles: SectionTitles;
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
  const { template, message, idPrefix } = props;
  const { subject, body, slot } = message;
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
              onInput={(event) => editMessage(slot, { subject: event.currentTarget.value })}
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
            onInput={(event) => editMessage(slot, { body: event.currentTarget.value })}
          />
          {count && (
            <p id={countId} class={count.over ? 'builder-count is-over' : 'builder-count'}>
              {count.text}
            </p>
          )}
        </div>
        {message.edited && (
          <p class="builder-hint">
            You have edited this text, so changes to the fields no longer appear in it. Reset it to
            start again from the template and your details.
          </p>
        )}
        <button
          type="button"
          class="secondary"
          onClick={() => {
            resetMessage(slot);
            setNews('The text follows the template again.');
          }}
        >
          Reset to template
        </button>
        <p class="visually-hidden" role="status">
          {news}
        </p>
      </section>

      <BuilderChecker
        findings={message.findings}
        idPrefix={idPrefix}
        sectionTitles={props.sectionTitles}
      />

      <BuilderSend
        channel={template.channel}
        subject={subject}
        body={body}
        to={props.to}
        recipient={props.recipient}
        limit={limit}
        cc={props.cc}
        onCc={setCc}
        bodyId={bodyId}
        idPrefix={idPrefix}
      />
    </>
  );
}
