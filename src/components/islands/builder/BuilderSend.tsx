import { useEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_NOUNS, copyText, type CopyIn } from '../../../lib/builder';
import { listOf, plural } from '../../../lib/text';
import {
  gmailComposeUrl,
  mailtoUrl,
  outlookComposeUrl,
  type Channel,
} from '../../../lib/templates';
import BuilderCc from './BuilderCc';

type Props = {
  /** How the message is delivered. */
  channel: Channel;
  /** The final subject, or null for channels without one. */
  subject: string | null;
  /** The final body. */
  body: string;
  /** The blanks still in the text, e.g. "[Something you discussed]". */
  blanks: readonly string[];
  /** The recipient's address, or '' when it is not known. */
  to: string;
  /** Whom the message is for, to name them when their address is missing; '' when unknown. */
  recipient: string;
  /** The character limit of the channel, if any. */
  limit: number | undefined;
  /** What the person typed in the CC field. */
  cc: string;
  /** Who to suggest copying in, if anyone (see `copyInFor`). */
  copyIn: CopyIn | undefined;
  /** Called with the new CC text. */
  onCc: (value: string) => void;
  /** The id of the body text area, selected when the browser refuses to copy. */
  bodyId: string;
  /** Prefix for element ids. */
  idPrefix: string;
};

/** Copies text with the Clipboard API; false where the browser has none or refuses (plain http). */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Ways to take the message away: copy it, or open it in a mail app. Nothing is sent from the site. */
export default function BuilderSend(props: Props) {
  const { channel, subject, body, to, cc } = props;
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const noun = CHANNEL_NOUNS[channel];
  const isEmail = channel === 'email';
  // A copy or a mail link asked for while blanks are left: done only once the person says so.
  const [asking, setAsking] = useState<
    { kind: 'copy'; withSubject: boolean } | { kind: 'open'; href: string; label: string } | null
  >(null);
  const blanks = props.blanks;
  const stillAsking = blanks.length > 0 ? asking : null;
  const askId = `${props.idPrefix}-ask`;
  // The question appears below the buttons; focus moves to its answer so it is heard and in reach.
  useEffect(() => {
    if (asking) document.getElementById(`${askId}-go`)?.focus();
  }, [asking, askId]);

  const say = (text: string) => {
    // Cleared first, so the same confirmation twice in a row is announced twice.
    setStatus('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(text), 60);
  };

  const copy = async (withSubject: boolean) => {
    setAsking(null);
    const source = document.getElementById(props.bodyId);
    const area = source instanceof HTMLTextAreaElement ? source : null;
    const text = withSubject ? copyText(subject ?? '', body) : body;
    if (await copyToClipboard(text)) {
      say(
        withSubject
          ? `Copied the subject and ${noun} to your clipboard.`
          : `Copied the ${noun} to your clipboard.`,
      );
      return;
    }
    area?.focus();
    area?.select();
    say(
      `Your browser did not let this page copy. The ${noun} is selected in the box above: press Ctrl+C, or Command+C on a Mac, to copy it.`,
    );
  };

  /** Copies at once, or first asks about the blanks left. */
  const askCopy = (withSubject: boolean) => {
    if (blanks.length === 0) void copy(withSubject);
    else setAsking({ kind: 'copy', withSubject });
  };

  /** Lets a mail link through, or first asks about the blanks left. */
  const askOpen = (event: MouseEvent, label: string) => {
    if (blanks.length === 0 || !(event.currentTarget instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    setAsking({ kind: 'open', href: event.currentTarget.href, label });
  };

  const compose = { to, cc, subject: subject ?? '', body };
  const headingId = `${props.idPrefix}-send`;

  return (
    <section class="builder-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{isEmail ? 'Copy or open in your mail' : `Copy the ${noun}`}</h3>
      {isEmail && (
        <>
          <p class="builder-to">
            <strong>To:</strong>{' '}
            {to !== ''
              ? to
              : props.recipient !== ''
                ? `no email address saved for ${props.recipient}. Add it to your interview on your timeline, or type it in your mail app.`
                : 'type the address in your mail app.'}
          </p>
          <BuilderCc id={`${props.idPrefix}-cc`} cc={cc} copyIn={props.copyIn} onCc={props.onCc} />
        </>
      )}
      <div class="builder-buttons">
        {/* One solid button: opening the mail app for an email, copying for anything else. */}
        <button
          type="button"
          class={isEmail ? 'secondary' : undefined}
          onClick={() => askCopy(false)}
        >
          Copy {noun}
        </button>
        {subject !== null && (
          <button type="button" class="secondary" onClick={() => askCopy(true)}>
            Copy subject and {noun}
          </button>
        )}
      </div>
      {isEmail && (
        <div class="builder-buttons">
          <a
            class="button"
            href={mailtoUrl(compose)}
            onClick={(event) => askOpen(event, 'Open it in your mail app anyway')}
          >
            Open in your mail app
          </a>
          <a
            class="button secondary"
            href={gmailComposeUrl(compose)}
            target="_blank"
            rel="noopener"
            onClick={(event) => askOpen(event, 'Open it in Gmail anyway')}
          >
            Open in Gmail<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
          <a
            class="button secondary"
            href={outlookComposeUrl(compose)}
            target="_blank"
            rel="noopener"
            onClick={(event) => askOpen(event, 'Open it in Outlook anyway')}
          >
            Open in Outlook on the web<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </div>
      )}
      {stillAsking && (
        <div class="notice builder-ask" role="group" aria-labelledby={askId}>
          <p id={askId}>
            {plural(blanks.length, 'blank')} left: {listOf(blanks)}. Fill{' '}
            {blanks.length === 1 ? 'it' : 'them'} in first, or take the {noun} as it is.
          </p>
          <p class="builder-buttons">
            {stillAsking.kind === 'copy' ? (
              <button
                type="button"
                id={`${askId}-go`}
                onClick={() => void copy(stillAsking.withSubject)}
              >
                Copy it anyway
              </button>
            ) : (
              <a
                class="button"
                id={`${askId}-go`}
                href={stillAsking.href}
                {...(stillAsking.href.startsWith('mailto:')
                  ? {}
                  : { target: '_blank', rel: 'noopener' })}
                onClick={() => setAsking(null)}
              >
                {stillAsking.label}
              </a>
            )}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setAsking(null);
                document.getElementById(props.bodyId)?.focus();
              }}
            >
              Fill them in
            </button>
          </p>
        </div>
      )}
      <p class="builder-note">
        {channel === 'email'
          ? 'Nothing is sent from this site: each button opens a new email with everything filled in, and you check it and press Send yourself.'
          : channel === 'linkedin'
            ? `Paste it into your connection request: on their LinkedIn profile, choose Connect, then Add a note.${props.limit === undefined ? '' : ` A free account allows ${props.limit} characters.`}`
            : channel === 'phone'
              ? 'Keep the script in front of you when you call, and speak slowly. Nothing is sent from this site.'
              : 'Write it out by hand on a plain card, then mail it. Nothing is sent from this site.'}
      </p>
      <p role="status" class="builder-copied">
        {status}
      </p>
    </section>
  );
}
