import { lazy } from '../lazy';
import { MESSAGE_CHANNELS } from '../timeline/index';
import {
  ASAP,
  ASKS_FOR_NEWS,
  ASSUMES_HIRED,
  ASSUMES_REJECTED,
  CHANNEL,
  DIRECT_MESSAGE,
  NEGATIVITY,
  OVERSHARE,
  PUSHY,
  SLANG,
  phrases,
} from './lint-phrases';
import { countSentences, messageContent, messageStats } from './message-stats';
import type { Channel, Finding, LintRule, Severity, TemplateStep } from './types';

/** What the checker needs to know about a message besides its text. */
export type LintContext = {
  /** How it will be sent; anything other than the four template channels is reported. */
  channel: Channel | (string & {});
  /** The timeline step it is for; thank-you notes have the strictest length rule. */
  step: TemplateStep;
  /** The channel's character limit for the body, if any. */
  limit?: number | undefined;
  /** The subject line; for email, a missing or blank subject is reported. */
  subject?: string | undefined;
};

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
} as const;

/** Every rule in the order findings are listed within a severity, with its usual severity and guide section. */
export const LINT_RULES: readonly {
  rule: LintRule;
  severity: Severity;
  guide: string;
}[] = [
  {
    rule: 'channel',
    severity: 'error',
    guide: GUIDE_ANCHORS.whereNever,
  },
  {
    rule: 'placeholder',
    severity: 'error',
    guide: GUIDE_ANCHORS.proofread,
  },
  {
    rule: 'subject-missing',
    severity: 'error',
    guide: GUIDE_ANCHORS.subjectLine,
  },
  {
    rule: 'char-limit',
    severity: 'error',
    guide: GUIDE_ANCHORS.connectionRequest,
  },
  {
    rule: 'too-long',
    severity: 'warning',
    guide: GUIDE_ANCHORS.keepItShort,
  },
  {
    rule: 'subject-long',
    severity: 'warning',
    guide: GUIDE_ANCHORS.subjectLine,
  },
  {
    rule: 'pushy',
    severity: 'warning',
    guide: GUIDE_ANCHORS.dontPush,
  },
  {
    rule: 'assumes-outcome',
    severity: 'warning',
    guide: GUIDE_ANCHORS.dontAssume,
  },
  {
    rule: 'negativity',
    severity: 'warning',
    guide: GUIDE_ANCHORS.neverSpeakBadly,
  },
  {
    rule: 'overshare',
    severity: 'warning',
    guide: GUIDE_ANCHORS.personalMatters,
  },
  {
    rule: 'slang',
    severity: 'warning',
    guide: GUIDE_ANCHORS.keepItProfessional,
  },
  {
    rule: 'emoji',
    severity: 'warning',
    guide: GUIDE_ANCHORS.keepItProfessional,
  },
  {
    rule: 'exclamation',
    severity: 'warning',
    guide: GUIDE_ANCHORS.keepItProfessional,
  },
  {
    rule: 'repeated-word',
    severity: 'warning',
    guide: GUIDE_ANCHORS.proofread,
  },
  {
    rule: 'double-space',
    severity: 'info',
    guide: GUIDE_ANCHORS.proofread,
  },
];

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

const RULE = Object.fromEntries(LINT_RULES.map((entry) => [entry.rule, entry])) as Record<
  LintRule,
  (typeof LINT_RULES)[number]
>;

const finding = (rule: LintRule, message: string, extra?: Partial<Finding>): Finding => ({
  rule,
  severity: RULE[rule].severity,
  message,
  guide: RULE[rule].guide,
  ...extra,
});

const quote = (text: string): string => `“${text}”`;

/** “a”, “a” and “b”, “a”, “b” and “c”, “a”, “b”, “c” and 2 more. */
function quoteList(items: readonly string[]): string {
  const shown = items.slice(0, 3).map(quote);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

/** Distinct matches of a pattern as written in the text, whitespace collapsed, first appearance first. */
function matches(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
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

const noun = (channel: string): string =>
  channel === 'email'
    ? 'email'
    : channel === 'phone'
      ? 'script'
      : channel === 'letter' || channel === 'linkedin'
        ? 'note'
        : 'message';

/** Reports a channel that is no place for a follow-up (texts, social networks, anything unknown); the four template channels pass. */
export function lintChannel(channel: string): Finding[] {
  const key = channel.trim().toLowerCase();
  if (SUPPORTED_CHANNELS.includes(key)) return [];
  const texting = TEXTING_CHANNELS[key];
  if (texting !== undefined) {
    return [
      finding(
        'channel',
        `${texting} are too casual for following up with an employer. Send an email instead, or call if they asked you to.`,
      ),
    ];
  }
  const social = SOCIAL_CHANNELS[key];
  if (social !== undefined) {
    return [
      finding(
        'channel',
        `${social} is not a professional network, so a follow-up there comes across as too casual. Send an email, or connect on LinkedIn with a short note.`,
      ),
    ];
  }
  return [
    finding(
      'channel',
      `${quote(channel)} is not a channel for following up after an interview. Use email, a letter, a phone call or LinkedIn.`,
    ),
  ];
}

const PLACEHOLDER_ANY = /\{\{[^{}]*\}\}/g;
// [Your Name], [Company], [Decision Date]; not footnotes like [1], not [sic], not markdown links.
const BRACKETED = /\[([^[\]\n]{1,40})\](?!\()/g;
const BRACKET_CAPITAL = /^\p{Lu}/u;
const BRACKET_WORDS =
  /\b(?:name|date|company|role|position|title|insert|topic|here|your|email|phone)\b/i;
const EMOJI = /(?![©®™‼⁉])[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/gu;
const SMILEY = /(?<=^|\s)(?::-?[()DPp]|;-?[)D]|:'\()(?=$|\s|[.,!?])/gu;
const REPEATED = /(?<![\p{L}\p{N}_'-])(\p{L}+)[^\S\r\n]+\1(?![\p{L}\p{N}_'-])/giu;
const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/g;
// Every listed word and phrase at once. Clean text, the usual case, is read by this one pattern.
// The per-list patterns are made only when it finds something: on a phone each takes a few
// milliseconds to build and compile, which was most of the time the first check took.
const ANY_LISTED = phrases([
  ...SLANG.map(([pattern]) => pattern),
  ...PUSHY,
  ASAP,
  ...ASSUMES_HIRED,
  ...ASSUMES_REJECTED,
  ...NEGATIVITY,
  ...OVERSHARE,
  ...CHANNEL,
]);
const SLANG_RULES = lazy(() =>
  SLANG.map(([pattern, instead]) => ({ pattern: phrases([pattern]), instead })),
);
const PUSHY_PATTERN = lazy(() => phrases(PUSHY));
const ASAP_PATTERN = lazy(() => phrases([ASAP]));
const ASKS_FOR_NEWS_PATTERN = lazy(() => phrases(ASKS_FOR_NEWS));
const HIRED_PATTERN = lazy(() => phrases(ASSUMES_HIRED));
const REJECTED_PATTERN = lazy(() => phrases(ASSUMES_REJECTED));
const NEGATIVITY_PATTERN = lazy(() => phrases(NEGATIVITY));
const OVERSHARE_PATTERN = lazy(() => phrases(OVERSHARE));
const CHANNEL_PATTERN = lazy(() => phrases(CHANNEL));
const DIRECT_MESSAGE_PATTERN = lazy(() => phrases(DIRECT_MESSAGE, 'gu'));

function placeholderFinding(text: string): Finding | null {
  const found = matches(text, PLACEHOLDER_ANY);
  for (const match of text.matchAll(BRACKETED)) {
    const inner = (match[1] ?? '').trim();
    if ((BRACKET_CAPITAL.test(inner) || BRACKET_WORDS.test(inner)) && !found.includes(match[0]))
      found.push(match[0]);
  }
  if (found.length === 0) return null;
  const them = found.length === 1 ? 'it' : 'them';
  return finding(
    'placeholder',
    `The message still contains ${quoteList(found)}. Fill ${them} in, or delete ${them}, before you send it.`,
  );
}

function lengthFinding(body: string, context: LintContext): Finding | null {
  const { words } = messageStats(body);
  if (context.step === 'thank-you' || context.step === 'handwritten-note') {
    const sentences = countSentences(messageContent(body).join('\n'));
    if (sentences > THANK_YOU_MAX_SENTENCES) {
      return finding(
        'too-long',
        `Your thank-you runs to ${sentences} sentences. Keep it to three or four: thank them, recall one thing you discussed, say why you fit, and close.`,
      );
    }
  }
  if (words > WORDS_MAX) {
    return finding(
      'too-long',
      `This ${noun(context.channel)} is ${words} words long. Cut it below ${WORDS_MAX}: say why you are writing, add one detail, and close.`,
    );
  }
  return null;
}

function charLimitFinding(body: string, context: LintContext): Finding | null {
  if (context.limit === undefined) return null;
  const length = messageStats(body).characters;
  if (length <= context.limit) return null;
  const over = length - context.limit;
  if (context.channel === 'linkedin') {
    return finding(
      'char-limit',
      `The note is ${length} characters; LinkedIn allows ${context.limit} in a connection request from a free account. Cut at least ${over} ${over === 1 ? 'character' : 'characters'}.`,
    );
  }
  return finding(
    'char-limit',
    `The ${noun(context.channel)} is ${length} characters, over the ${context.limit}-character limit. Cut at least ${over} ${over === 1 ? 'character' : 'characters'}.`,
    { guide: GUIDE_ANCHORS.keepItShort },
  );
}

function subjectFindings(subject: string | undefined, channel: string): Finding[] {
  if (channel !== 'email') return [];
  const text = (subject ?? '').trim();
  if (text === '') {
    return [
      finding(
        'subject-missing',
        'The email has no subject line. Add one that names the role, such as “Thank you: Product Designer interview”.',
      ),
    ];
  }
  const length = [...text].length;
  if (length <= SUBJECT_MAX) return [];
  return [
    finding(
      'subject-long',
      `The subject line is ${length} characters, and inboxes cut it off after about ${SUBJECT_MAX}. Shorten it to the reason and the role, such as “Thank you: Product Designer interview”.`,
    ),
  ];
}

function slangFinding(text: string): Finding | null {
  const fixes: string[] = [];
  const found: { at: number; fix: string }[] = [];
  for (const { pattern, instead } of SLANG_RULES()) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match === null) continue;
    const written = match[0].replace(/\s+/g, ' ');
    const fix =
      instead === null
        ? `delete ${quote(written)}`
        : written.toLowerCase().startsWith('super ')
          ? `write ${quote(`${instead} ${written.slice(6)}`)} instead of ${quote(written)}`
          : `write ${quote(instead)} instead of ${quote(written)}`;
    found.push({ at: match.index, fix });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  for (const { fix } of found.slice(0, 3)) fixes.push(fix);
  const more = found.length > 3 ? `, and ${found.length - 3} more` : '';
  const list =
    fixes.length === 1
      ? fixes[0]
      : `${fixes.slice(0, -1).join(', ')}${more === '' ? ' and' : ','} ${fixes.at(-1)}${more}`;
  return finding('slang', `This reads as too casual for an employer: ${list}.`);
}

function pushyFinding(text: string): Finding | null {
  const found = matches(text, PUSHY_PATTERN());
  const asap = ASAP_PATTERN();
  const asksForNews = ASKS_FOR_NEWS_PATTERN();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    asap.lastIndex = 0;
    asksForNews.lastIndex = 0;
    if (asap.test(sentence) && asksForNews.test(sentence)) {
      if (!found.some((item) => item.toLowerCase() === 'as soon as possible')) {
        found.push('as soon as possible');
      }
    }
  }
  if (found.length === 0) return null;
  return finding(
    'pushy',
    `${quoteList(found)} can read as pressure. Ask politely where things stand, and give them time to answer.`,
  );
}

function assumesFinding(text: string): Finding | null {
  const hired = matches(text, HIRED_PATTERN());
  const rejected = matches(text, REJECTED_PATTERN());
  const parts: string[] = [];
  if (hired.length > 0) {
    parts.push(
      `${quoteList(hired)} assumes the job is yours. Speak of it as a hope, such as “I would welcome the chance to join the team”.`,
    );
  }
  if (rejected.length > 0) {
    parts.push(
      `${quoteList(rejected)} assumes you were turned down. Ask where things stand instead of guessing.`,
    );
  }
  return parts.length === 0 ? null : finding('assumes-outcome', parts.join(' '));
}

function phraseFinding(
  rule: LintRule,
  text: string,
  pattern: RegExp,
  advice: string,
): Finding | null {
  const found = matches(text, pattern);
  if (found.length === 0) return null;
  return finding(rule, `${quoteList(found)} ${advice}`);
}

function emojiFinding(text: string): Finding | null {
  const found = [...matches(text, EMOJI), ...matches(text, SMILEY)];
  if (found.length === 0) return null;
  return finding(
    'emoji',
    `Emoji and smileys (${found.slice(0, 3).join(' ')}) read as too casual for an employer. Delete them and let your words set the tone.`,
  );
}

function exclamationFinding(text: string): Finding | null {
  const count = (text.match(/!/g)?.length ?? 0) + 2 * (text.match(/‼/g)?.length ?? 0);
  if (count <= 1) return null;
  const doubled = /!!|‼/.test(text) ? ', including “!!”' : '';
  return finding(
    'exclamation',
    `There are ${count} exclamation marks${doubled}. Keep one at most, and end the other sentences with a period.`,
  );
}

function repeatedFinding(text: string): Finding | null {
  const found = matches(text, REPEATED).filter((pair) => !/^had had$/i.test(pair));
  if (found.length === 0) return null;
  return finding(
    'repeated-word',
    `${quoteList(found)} ${found.length === 1 ? 'repeats a word' : 'repeat a word'}. Delete the extra one.`,
  );
}

function doubleSpaceFinding(text: string): Finding | null {
  const count = text.match(DOUBLE_SPACE)?.length ?? 0;
  if (count === 0) return null;
  return finding(
    'double-space',
    count === 1
      ? 'There is a double space between two words. Replace it with a single space.'
      : `There are double spaces between words in ${count} places. Replace them with single spaces.`,
  );
}

/** `listed`: whether any listed phrase, these among them, appears in the text at all. */
function channelFinding(text: string, channel: string, listed: boolean): Finding | null {
  const unsupported = lintChannel(channel)[0];
  if (unsupported !== undefined) return unsupported;
  const found = [
    ...(listed ? matches(text, CHANNEL_PATTERN()) : []),
    ...(text.includes('DM') ? matches(text, DIRECT_MESSAGE_PATTERN()) : []),
  ];
  if (found.length === 0) return null;
  return finding(
    'channel',
    `${quoteList(found)} points to a text or a social-network message, which is too casual for an employer. Reach them by email, phone or LinkedIn, and reword the line.`,
    { severity: 'warning' },
  );
}

/** The findings of the word-list rules; only worth running once `ANY_LISTED` has matched. */
function listedFindings(text: string): (Finding | null)[] {
  return [
    pushyFinding(text),
    assumesFinding(text),
    phraseFinding(
      'negativity',
      text,
      NEGATIVITY_PATTERN(),
      'can read as speaking badly of someone. Leave complaints about people and past jobs out, and keep to this role and what you offer.',
    ),
    phraseFinding(
      'overshare',
      text,
      OVERSHARE_PATTERN(),
      'is a personal matter. Leave it out, and keep to your interest in the role and what you bring to it.',
    ),
    slangFinding(text),
  ];
}

/** Checks a message against the etiquette rules; findings are sorted by severity, then by rule. */
export function lintMessage(text: string, given: LintContext): Finding[] {
  const context = { ...given, channel: given.channel.trim().toLowerCase() };
  // Straight apostrophes let one pattern match both "I'm" and "I’m"; lengths stay the same.
  const straighten = (value: string): string => value.replace(/[‘’]/g, "'");
  const body = straighten(text);
  const subject = straighten(context.subject ?? '');
  const all = subject === '' ? body : `${subject}\n${body}`;
  ANY_LISTED.lastIndex = 0;
  const listed = ANY_LISTED.test(all);

  const findings = [
    channelFinding(all, given.channel, listed),
    placeholderFinding(all),
    ...subjectFindings(context.subject, context.channel),
    charLimitFinding(text, context),
    lengthFinding(body, context),
    ...(listed ? listedFindings(all) : []),
    emojiFinding(all),
    exclamationFinding(all),
    repeatedFinding(all),
    doubleSpaceFinding(all),
  ].filter((item): item is Finding => item !== null);

  const order = (item: Finding): number =>
    LINT_RULES.findIndex((entry) => entry.rule === item.rule);
  return findings.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || order(a) - order(b),
  );
}
