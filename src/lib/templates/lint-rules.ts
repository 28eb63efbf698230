// The etiquette checker's rule table and the helpers every rule file shares: how a finding is made,
// and how what was found is quoted back to the reader.
import type { Finding, LintRule, Severity } from './types';

/** Guide sections the findings link to (root-absolute; prefix the deploy base path when rendering). */
export const GUIDE_ANCHORS = {
  keepItShort: '/guides/thank-you-note/#keep-it-short',
  subjectLine: '/guides/thank-you-note/#write-a-clear-subject-line',
  keepItProfessional: '/guides/the-donts/#keep-it-professional',
  dontPush: '/guides/the-donts/#dont-push-or-pester',
  dontAssume: '/guides/the-donts/#dont-assume-the-outcome',
  neverSpeakBadly: '/guides/the-donts/#never-speak-badly-of-anyone',
  personalMatters: '/guides/the-donts/#keep-personal-matters-out',
  proofread: '/guides/the-donts/#proofread-before-you-send',
  connectionRequest: '/guides/linkedin-and-social-media/#personalize-the-connection-request',
  whereNever: '/guides/linkedin-and-social-media/#where-never-to-send-a-message',
  whatToSay: '/guides/checking-in/#what-to-say',
  everyName: '/guides/before-and-during/#learn-every-name-and-title',
  whenYes: '/guides/offers-and-rejections/#when-the-answer-is-yes',
} as const;

// Rule, severity (e error, w warning, i info) and guide section, in the order findings are listed.
const TABLE =
  'channel e whereNever|placeholder e proofread|wrong-name e proofread|other-company w proofread|' +
  'subject-missing e subjectLine|char-limit e connectionRequest|too-long w keepItShort|' +
  'subject-long w subjectLine|subject-vague w subjectLine|greeting-missing w everyName|' +
  'pushy w dontPush|stock-phrase w whatToSay|pay-question w whenYes|assumes-outcome w dontAssume|' +
  'negativity w neverSpeakBadly|overshare w personalMatters|slang w keepItProfessional|' +
  'shouting w keepItProfessional|emoji w keepItProfessional|exclamation w keepItProfessional|' +
  'question-marks w keepItProfessional|repeated-word w proofread|double-space i proofread';
const SEVERITY: Readonly<Record<string, Severity>> = { e: 'error', w: 'warning', i: 'info' };

/** Every rule in the order findings are listed within a severity, with its usual severity and guide section. */
export const LINT_RULES: readonly { rule: LintRule; severity: Severity; guide: string }[] =
  TABLE.split('|').map((row) => {
    const [rule, severity, guide] = row.split(' ') as [
      LintRule,
      string,
      keyof typeof GUIDE_ANCHORS,
    ];
    return { rule, severity: SEVERITY[severity] ?? 'warning', guide: GUIDE_ANCHORS[guide] };
  });

const RULE = Object.fromEntries(LINT_RULES.map((entry) => [entry.rule, entry])) as Record<
  LintRule,
  (typeof LINT_RULES)[number]
>;

/** A finding of `rule` with its usual severity and guide, unless `extra` says otherwise. */
export const finding = (rule: LintRule, message: string, extra?: Partial<Finding>): Finding => ({
  rule,
  severity: RULE[rule].severity,
  message,
  guide: RULE[rule].guide,
  ...extra,
});

/** Distinct matches of a pattern as written in the text, whitespace collapsed, first appearance first. */
export function matches(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const written = match[0].replace(/\s+/g, ' ').trim();
    const key = written.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      found.push(written);
    }
  }
  return found;
}
