// The checker's rules about a message's shape: its channel, its blanks, its length and its subject
// line. They are all a message filled in from a template can break, so the builder loads them with
// the page; the rules about the wording load once there is writing of the person's own to check.
import { MESSAGE_CHANNELS } from '../timeline/index';
import { GUIDE_ANCHORS, LINT_RULES, finding, matches } from './lint-rules';

export { GUIDE_ANCHORS, LINT_RULES } from './lint-rules';
import { SHAPE_MESSAGES as SAY } from './messages';
import { countSentences, messageContent, messageStats } from './message-stats';
import type { Channel, Finding, Severity, TemplateStage, TemplateStep } from './types';

/** What the checker needs to know about a message besides its text. */
export type LintContext = {
  /** How it will be sent; anything other than the four template channels is reported. */
  channel: Channel | (string & {});
  /** The timeline step it is for; thank-you notes have the strictest length rule. */
  step: TemplateStep;
  /** Where the person is in the process; `heard-back` is the offer stage, where pay questions belong. */
  stage?: TemplateStage | undefined;
  /** The channel's character limit for the body, if any. */
  limit?: number | undefined;
  /** The subject line; for email, a missing or blank subject is reported. */
  subject?: string | undefined;
  /** The person the message is addressed to, as the interview names them ("Dana Ortiz"). */
  recipient?: string | undefined;
  /** The company the message is for. */
  company?: string | undefined;
  /** The other people in this process: the other interviewers and the main contact. */
  otherNames?: readonly string[] | undefined;
  /** The companies of the person's other saved interviews. */
  otherCompanies?: readonly string[] | undefined;
};

const SUPPORTED_CHANNELS: readonly string[] = MESSAGE_CHANNELS;
const TEXTING_CHANNELS: Readonly<Record<string, string>> = {
  sms: 'Text messages',
  text: 'Text messages',
  imessage: 'Text messages',
  whatsapp: 'WhatsApp messages',
  telegram: 'Telegram messages',
  signal: 'Signal messages',
};
const SOCIAL_CHANNELS: Readonly<Record<string, string>> = {
  facebook: 'Facebook',
  messenger: 'Facebook Messenger',
  instagram: 'Instagram',
  twitter: 'X (Twitter)',
  x: 'X (Twitter)',
  pinterest: 'Pinterest',
  tiktok: 'TikTok',
  snapchat: 'Snapchat',
};

const SUBJECT_MAX = 60;
const THANK_YOU_MAX_SENTENCES = 4;
const WORDS_MAX = 200;
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Reports a channel that is no place for a follow-up (texts, social networks, anything unknown); the four template channels pass. */
export function lintChannel(channel: string): Finding[] {
  const key = channel.trim().toLowerCase();
  if (SUPPORTED_CHANNELS.includes(key)) return [];
  const texting = TEXTING_CHANNELS[key];
  const social = SOCIAL_CHANNELS[key];
  return [
    finding(
      'channel',
      texting !== undefined
        ? SAY.texting(texting)
        : social !== undefined
          ? SAY.social(social)
          : SAY.unknownChannel(channel),
    ),
  ];
}

const PLACEHOLDER_ANY = /\{\{[^{}]*\}\}/g;
// [Your Name], [Company], [Decision Date]; not footnotes like [1], not [sic], not markdown links.
const BRACKETED = /\[([^[\]\n]{1,40})\](?!\()/g;
const BRACKET_CAPITAL = /^\p{Lu}/u;
const BRACKET_WORDS =
  /\b(?:name|date|company|role|position|title|insert|topic|here|your|email|phone)\b/i;
function placeholderFinding(text: string): Finding | null {
  const found = matches(text, PLACEHOLDER_ANY);
  for (const match of text.matchAll(BRACKETED)) {
    const inner = (match[1] ?? '').trim();
    if ((BRACKET_CAPITAL.test(inner) || BRACKET_WORDS.test(inner)) && !found.includes(match[0]))
      found.push(match[0]);
  }
  return found.length === 0 ? null : finding('placeholder', SAY.placeholder(found));
}

function lengthFinding(body: string, context: LintContext): Finding | null {
  const { words } = messageStats(body);
  if (context.step === 'thank-you' || context.step === 'handwritten-note') {
    // The whole message counts, a P.S. or a paragraph after the sign-off included.
    const sentences = countSentences(messageContent(body).join('\n'));
    if (sentences > THANK_YOU_MAX_SENTENCES) {
      return finding('too-long', SAY.thankYouSentences(sentences));
    }
  }
  if (words > WORDS_MAX) {
    return finding('too-long', SAY.tooManyWords(context.channel, words, WORDS_MAX));
  }
  return null;
}

function charLimitFinding(body: string, context: LintContext): Finding | null {
  if (context.limit === undefined) return null;
  const length = messageStats(body).characters;
  if (length <= context.limit) return null;
  if (context.channel === 'linkedin') {
    return finding('char-limit', SAY.linkedInLimit(length, context.limit));
  }
  return finding('char-limit', SAY.charLimit(context.channel, length, context.limit), {
    guide: GUIDE_ANCHORS.keepItShort,
  });
}

function subjectFindings(given: string | undefined, channel: string): Finding[] {
  if (channel !== 'email') return [];
  const subject = (given ?? '').trim();
  if (subject === '') return [finding('subject-missing', SAY.subjectMissing)];
  const findings: Finding[] = [];
  const length = [...subject].length;
  if (length > SUBJECT_MAX)
    findings.push(finding('subject-long', SAY.subjectLong(length, SUBJECT_MAX)));
  return findings;
}

/** Straight apostrophes let one pattern match both "I'm" and "I’m"; lengths stay the same. */
export const straighten = (value: string): string => value.replace(/[‘’]/g, "'");

/** Findings in their order: by severity, then in the order of the rule table. */
export function sortFindings(findings: readonly (Finding | null)[]): Finding[] {
  const order = (item: Finding): number =>
    LINT_RULES.findIndex((entry) => entry.rule === item.rule);
  return findings
    .filter((item): item is Finding => item !== null)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || order(a) - order(b));
}

/** The findings of the shape rules alone (see lintMessage for them all), sorted. */
export function lintShape(text: string, given: LintContext): Finding[] {
  const context = { ...given, channel: given.channel.trim().toLowerCase() };
  const subject = straighten(context.subject ?? '');
  const body = straighten(text);
  const all = subject === '' ? body : `${subject}\n${body}`;
  return sortFindings([
    lintChannel(given.channel)[0] ?? null,
    placeholderFinding(all),
    ...subjectFindings(context.subject, context.channel),
    charLimitFinding(text, context),
    lengthFinding(body, context),
  ]);
}
