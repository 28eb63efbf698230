import { useEffect, useRef, useState } from 'preact/hooks';
import {
  characterCount,
  editMessage,
  resetMessage,
  setCc,
  type BuilderMessage as Message,
  type CopyIn,
  type BuilderTemplate,
  type SectionTitles,
} from '../../../lib/builder';
import type { SpellingLocale } from '../../../lib/spelling';
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
  /** Who to suggest copying in, if anyone (see `copyInFor`). */
  copyIn: CopyIn | undefined;
  /** Prefix for element ids, unique per message. */
  idPrefix: string;
  /** The heading of each guide section the checker links to. */
  sectionTitles: SectionTitles;
  /** The language the text is written in, for the browser's spell check and ours. */
  locale: SpellingLocale;
  /** Whether the person has changed a message yet: our spell check starts then. */
  proofing: boolean;
  /** Names, the company and the role: the spell check takes them as spelled right. */
  names: readonly string[];
};

/** One message: its text to edit, the blanks still to fill, the etiquette check, and ways to copy or send it. */
export default function BuilderMessage(props: Props) {
  const { template, message, idPrefix } = props;
  const { subject, body, slot } = message;
  const subjectId = `${idPrefix}-subject`;
  const bodyId = `${idPrefix}-body`;
  const countId = `${idPrefix}-count`;
  const limit = template.limit;
  const count = limit === undefined ? null : characterCount(body, limit);
  const blanksId = `${idPrefix}-blanks`;

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
      <section class="builder-section" aria-labelledby={`${idPrefix}-final`}>
        <h3 id={`${idPrefix}-final`}>Your text</h3>
        <p class="builder-hint">
          The fields fill it in as you type; you can also change anything here before you copy it.
        </p>
        {subject !== null && (
          <div class="field">
            <label for={subjectId}>Subject</label>
            <input
              id={subjectId}
              type="text"
              class="builder-subject"
              value={subject}
              spellcheck
              lang={props.locale}
              aria-describedby={message.blanks.length > 0 ? blanksId : undefined}
              onInput={(event) => editMessage(slot, { subject: event.currentTarget.value })}
            />
          </div>
        )}
        <div class="field">
          <label for={bodyId}>{template.channel === 'phone' ? 'Script' : 'Message'}</label>
          <textarea
            id={bodyId}
            class="builder-body"
            rows={rows}
            value={body}
            spellcheck
            lang={props.locale}
            aria-describedby={
              [count ? countId : '', message.blanks.length > 0 ? blanksId : ''].join(' ').trim() ||
              undefined
            }
            onInput={(event) => editMessage(slot, { body: event.currentTarget.value })}
          />
          {count && (
            <p id={countId} class={count.over ? 'builder-count is-over' : 'builder-count'}>
              {count.text}
            </p>
          )}
        </div>
        {message.blanks.length > 0 && (
          <p class="builder-blanks" id={blanksId}>
            Still to fill in:{' '}
            {message.blanks.map((blank) => (
              <span class="blank" key={blank}>
                {blank}
              </span>
            ))}
          </p>
        )}
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
        text={subject === null ? body : `${subject}\n${body}`}
        proofing={props.proofing}
        names={props.names}
        locale={props.locale}
      />

      <BuilderSend
        channel={template.channel}
        subject={subject}
        body={body}
        blanks={message.blanks}
        to={props.to}
        recipient={props.recipient}
        limit={limit}
        cc={props.cc}
        copyIn={props.copyIn}
        onCc={setCc}
        bodyId={bodyId}
        idPrefix={idPrefix}
      />
    </>
  );
}
