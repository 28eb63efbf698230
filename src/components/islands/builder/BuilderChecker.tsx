import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectionTitles } from '../../../lib/builder';
import { url } from '../../../lib/routes';
import type { Finding, Severity } from '../../../lib/templates';

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Must fix',
  warning: 'Worth a look',
  info: 'Tidy up',
};

// Long enough that a screen reader hears the result once typing pauses, not after every key.
const ANNOUNCE_AFTER_MS = 1500;

/** How many findings there are, in words. */
function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'Etiquette check: no problems found.';
  return `Etiquette check: ${findings.length} ${findings.length === 1 ? 'thing' : 'things'} to look at.`;
}

type Props = {
  /** What lintMessage found in the final text. */
  findings: readonly Finding[];
  /** Prefix for element ids. */
  idPrefix: string;
  /** The heading of each guide section the findings link to. */
  sectionTitles: SectionTitles;
};

/** The live etiquette check: each finding with its fix and the guide section that explains it. */
export default function BuilderChecker({ findings, idPrefix, sectionTitles }: Props) {
  const [announced, setAnnounced] = useState('');
  const said = summary(findings);
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
  return (
    <section class="builder-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Etiquette check</h3>
      {findings.length === 0 ? (
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
                {finding.message}{' '}
                <a href={url(finding.guide)}>Why: {sectionTitles[finding.guide] ?? 'the guide'}</a>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="visually-hidden" role="status">
        {announced}
      </p>
    </section>
  );
}
