import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectionTitles } from '../../../lib/builder';
import { spelling } from '../../../lib/on-demand';
import { url } from '../../../lib/routes';
import type { SpellingLocale, SpellingResult } from '../../../lib/spelling';
import { GUIDE_ANCHORS, type Finding, type Severity } from '../../../lib/templates';

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Must fix',
  warning: 'Worth a look',
  info: 'Tidy up',
};

// Long enough that a screen reader hears the result once typing pauses, not after every key.
const ANNOUNCE_AFTER_MS = 1500;

/** How many findings there are, in words. */
function summary(count: number): string {
  if (count === 0) return 'Etiquette check: no problems found.';
  return `Etiquette check: ${count} ${count === 1 ? 'thing' : 'things'} to look at.`;
}

type Props = {
  /** What lintMessage found in the final text. */
  findings: readonly Finding[];
  /** Prefix for element ids. */
  idPrefix: string;
  /** The heading of each guide section the findings link to. */
  sectionTitles: SectionTitles;
  /** The text to proofread (subject and body), once `proofing`: the spelling check loads then. */
  text: string;
  proofing: boolean;
  /** Names, the company and the role, taken as spelled right; the dictionary to use. */
  names: readonly string[];
  locale: SpellingLocale;
};

/** The live etiquette check: each finding with its fix and the guide section that explains it, and, from the first edit on, each word the spelling check does not know. */
export default function BuilderChecker(props: Props) {
  const { findings, idPrefix, sectionTitles, text, proofing, names, locale } = props;
  const [spelled, setSpelled] = useState<SpellingResult | null>(null);
  const [kept, setKept] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const known = names.join('\n');
  useEffect(() => {
    if (!proofing) return;
    let current = true;
    // Once typing pauses; a check that could not load is tried again after the next change.
    const timer = setTimeout(() => {
      void spelling()
        .then((check) => check.proofread(text, known.split('\n'), locale))
        .then((found) => current && setSpelled(found))
        .catch(() => {});
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [proofing, text, known, locale, kept]);

  const misspelled = (proofing && spelled?.misspellings) || [];
  const [announced, setAnnounced] = useState('');
  const said = summary(findings.length + misspelled.length);
  const first = useRef(true);
  useEffect(() => {
    // Nothing to announce on arrival, only when the person's changes alter the result.
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setAnnounced(said), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [said]);

  const headingId = `${idPrefix}-check`;
  const why = (guide: string) => (
    <a href={url(guide)}>Why: {sectionTitles[guide] ?? 'the guide'}</a>
  );
  return (
    <section class="builder-section" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Etiquette check
      </h3>
      {findings.length + misspelled.length === 0 ? (
        <p class="builder-ok">
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
            <path fill="currentColor" d="m8 13.6-3.6-3.6L3 11.4l5 5 9-9L15.6 6z" />
          </svg>
          <span>
            <strong>No problems found.</strong> Read it through once more before you send it.
          </span>
        </p>
      ) : (
        <ul class="builder-findings">
          {findings.map((finding) => (
            <li class={`builder-finding is-${finding.severity}`} key={finding.rule}>
              <span class="builder-severity">
                {SEVERITY_LABELS[finding.severity]}
                <span class="visually-hidden">:</span>
              </span>
              <span class="builder-finding-text">
                {finding.message} {why(finding.guide)}
              </span>
            </li>
          ))}
          {misspelled.map(({ word, message }) => (
            <li class="builder-finding is-info" key={`spelling-${word}`}>
              <span class="builder-severity">
                Spelling<span class="visually-hidden">:</span>
              </span>
              <span class="builder-finding-text">
                {message} {why(GUIDE_ANCHORS.proofread)}{' '}
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    void spelling().then((check) => {
                      setKept(check.addMyWord(word));
                      // The word's row goes away; the heading keeps the focus in the section.
                      heading.current?.focus();
                    })
                  }
                >
                  Add <span class="visually-hidden">“{word}” </span>to my words
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {proofing && spelled?.failed && <p class="notice">{spelled.status}</p>}
      <p class="visually-hidden" role="status">
        {announced}
        {kept && ` ${kept}`}
      </p>
    </section>
  );
}
