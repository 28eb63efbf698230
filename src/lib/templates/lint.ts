// The whole etiquette checker: the shape rules, and the rules about the wording, which read what
// the person wrote against the word lists and the interview (whom it greets, which company).
import { lazy } from '../lazy';
import {
  ASAP,
  ASKING,
  ASKS_FOR_NEWS,
  ASSUMES_HIRED,
  ASSUMES_REJECTED,
  CHANNEL,
  DIRECT_MESSAGE,
  NEGATIVITY,
  OVERSHARE,
  PAY,
  PUSHY,
  SHOUTED,
  SLANG,
  STOCK,
  URGENT,
  VAGUE_SUBJECT,
  phrases,
} from './lint-phrases';
import { otherCompanyFinding, greetingFinding, wrongNameFinding } from './lint-people';
import { GUIDE_ANCHORS, finding, matches } from './lint-rules';
import { lintShape, sortFindings, straighten, type LintContext } from './lint-shape';
import { quote } from './messages';
import { WORDING_MESSAGES as SAY } from './wording-messages';
import type { Finding, LintRule, TemplateStage } from './types';

const VAGUE_BARE = /[^\p{L}\p{N}\s'’-]/gu;

/** An email subject that sounds urgent ("URGENT", "Important") or says nothing ("Following up"). */
function vagueSubjectFinding(
  given: string | undefined,
  { channel, step }: LintContext,
): Finding | null {
  const subject = (given ?? '').trim();
  if (channel !== 'email' || subject === '') return null;
  const urgent = URGENT_PATTERN();
  urgent.lastIndex = 0;
  const bare = subject.replace(VAGUE_BARE, ' ').replace(/\s+/g, ' ').trim();
  return urgent.test(subject) || VAGUE_SUBJECT.test(bare)
    ? finding('subject-vague', SAY.subjectVague(subject, step))
    : null;
}

const EMOJI = /(?![©®™‼⁉])[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/gu;
const SMILEY = /(?<=^|\s)(?::-?[()DPp]|;-?[)D]|:'\()(?=$|\s|[.,!?])/gu;
const REPEATED = /(?<![\p{L}\p{N}_'-])(\p{L}+)[^\S\r\n]+\1(?![\p{L}\p{N}_'-])/giu;
const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/g;
// "??", "?!", "!?" and the one-character forms; "!!" is the exclamation rule's.
const QUESTION_RUN = /[?!]*\?[?!]*|[‽⁇⁈⁉]/gu;
// A word, with the spaces and colons that may join shouted words into one run.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const SENTENCES = /(?<=[.!?])\s+|\n+/;
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
  ...STOCK,
  ...PAY,
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
const STOCK_PATTERN = lazy(() => phrases(STOCK));
const PAY_PATTERN = lazy(() => phrases(PAY));
const ASKING_PATTERN = lazy(() => phrases(ASKING));
const URGENT_PATTERN = lazy(() => phrases(URGENT));

function slangFinding(text: string): Finding | null {
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
  const fixes = found.slice(0, 3).map(({ fix }) => fix);
  const more = found.length > 3 ? `, and ${found.length - 3} more` : '';
  const list =
    fixes.length === 1
      ? (fixes[0] ?? '')
      : `${fixes.slice(0, -1).join(', ')}${more === '' ? ' and' : ','} ${fixes.at(-1) ?? ''}${more}`;
  return finding('slang', SAY.slang(list));
}

function pushyFinding(text: string): Finding | null {
  const found = matches(text, PUSHY_PATTERN());
  const asap = ASAP_PATTERN();
  const asksForNews = ASKS_FOR_NEWS_PATTERN();
  for (const sentence of text.split(SENTENCES)) {
    asap.lastIndex = 0;
    asksForNews.lastIndex = 0;
    if (asap.test(sentence) && asksForNews.test(sentence)) {
      if (!found.some((item) => item.toLowerCase() === 'as soon as possible')) {
        found.push('as soon as possible');
      }
    }
  }
  return found.length === 0 ? null : finding('pushy', SAY.pushy(found));
}

/** Pay, benefits or time off asked about, in a sentence that asks, before the offer stage. */
function payFinding(text: string, stage: TemplateStage | undefined): Finding | null {
  if (stage === 'heard-back') return null;
  const pay = PAY_PATTERN();
  const asking = ASKING_PATTERN();
  const found: string[] = [];
  for (const sentence of text.split(SENTENCES)) {
    const terms = matches(sentence, pay);
    if (terms.length === 0) continue;
    asking.lastIndex = 0;
    if (/\?["'”’)]*\s*$/.test(sentence) || asking.test(sentence)) found.push(...terms);
  }
  return found.length === 0 ? null : finding('pay-question', SAY.payQuestion([...new Set(found)]));
}

function assumesFinding(text: string): Finding | null {
  const hired = matches(text, HIRED_PATTERN());
  const rejected = matches(text, REJECTED_PATTERN());
  const parts: string[] = [];
  if (hired.length > 0) parts.push(SAY.assumesHired(hired));
  if (rejected.length > 0) parts.push(SAY.assumesRejected(rejected));
  return parts.length === 0 ? null : finding('assumes-outcome', parts.join(' '));
}

function phraseFinding(
  rule: LintRule,
  text: string,
  pattern: RegExp,
  say: (found: readonly string[]) => string,
): Finding | null {
  const found = matches(text, pattern);
  return found.length === 0 ? null : finding(rule, say(found));
}

/** Runs of words in capitals: one everyday word ("VERY"), or three words or more, one of them long. */
function shouted(text: string, exempt: ReadonlySet<string>): string[] {
  const runs: string[] = [];
  let run: { word: string; at: number; end: number }[] = [];
  let end = 0;
  const close = () => {
    const first = run[0];
    const last = run.at(-1);
    if (
      first &&
      last &&
      (run.some(({ word }) => SHOUTED.has(word.toLowerCase())) ||
        (run.length > 2 && run.some(({ word }) => word.length > 4)))
    ) {
      runs.push(text.slice(first.at, last.end));
    }
    run = [];
  };
  let lead: number | undefined;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(end, match.index);
    if (!/^[^\S\n]*(?:[:–—-][^\S\n]*)?$/.test(gap)) {
      close();
      lead = undefined;
    }
    end = match.index + match[0].length;
    const word = match[0].replace(/['’]/g, '');
    // "I" and "A" neither count nor break a run; one just before a run is part of it.
    if (/^\p{Lu}$/u.test(word)) {
      if (run.length === 0) lead ??= match.index;
      continue;
    }
    if (/^\p{Lu}{2,}$/u.test(word) && !exempt.has(word)) {
      run.push({ word, at: run.length === 0 ? (lead ?? match.index) : match.index, end });
    } else close();
    lead = undefined;
  }
  close();
  return runs;
}

function shoutingFinding(subject: string, body: string, context: LintContext): Finding | null {
  // Names and companies are theirs to write as they like ("IKEA", "Jean DUPONT").
  const exempt = new Set(
    [context.company, context.recipient, ...(context.otherNames ?? [])]
      .join(' ')
      .toUpperCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
  const inBody = shouted(body, exempt);
  const found = [...new Set([...shouted(subject, exempt), ...inBody])];
  if (found.length === 0) return null;
  return finding('shouting', SAY.shouting(found), {
    guide: inBody.length === 0 ? GUIDE_ANCHORS.subjectLine : GUIDE_ANCHORS.keepItProfessional,
  });
}

function emojiFinding(text: string): Finding | null {
  const found = [...matches(text, EMOJI), ...matches(text, SMILEY)];
  return found.length === 0 ? null : finding('emoji', SAY.emoji(found));
}

function exclamationFinding(text: string): Finding | null {
  const count = (text.match(/!/g)?.length ?? 0) + 2 * (text.match(/‼/g)?.length ?? 0);
  if (count <= 1) return null;
  return finding('exclamation', SAY.exclamation(count, /!!|‼/.test(text)));
}

function questionMarksFinding(text: string): Finding | null {
  const found = matches(text, QUESTION_RUN).filter((run) => run.length > 1 || run !== '?');
  return found.length === 0 ? null : finding('question-marks', SAY.questionMarks(found));
}

function repeatedFinding(text: string): Finding | null {
  const found = matches(text, REPEATED).filter((pair) => !/^had had$/i.test(pair));
  return found.length === 0 ? null : finding('repeated-word', SAY.repeated(found));
}

function doubleSpaceFinding(text: string): Finding | null {
  const count = text.match(DOUBLE_SPACE)?.length ?? 0;
  return count === 0 ? null : finding('double-space', SAY.doubleSpace(count));
}

/** Wording that points to a text or a social network; `listed`: whether any listed phrase appears at all. */
function channelHintFinding(text: string, listed: boolean): Finding | null {
  const found = [
    ...(listed ? matches(text, CHANNEL_PATTERN()) : []),
    ...(text.includes('DM') ? matches(text, DIRECT_MESSAGE_PATTERN()) : []),
  ];
  if (found.length === 0) return null;
  return finding('channel', SAY.channelHint(found), { severity: 'warning' });
}

/** The findings of the word-list rules; only worth running once `ANY_LISTED` has matched. */
function listedFindings(text: string, context: LintContext): (Finding | null)[] {
  return [
    pushyFinding(text),
    phraseFinding('stock-phrase', text, STOCK_PATTERN(), SAY.stockPhrase),
    payFinding(text, context.stage),
    assumesFinding(text),
    phraseFinding('negativity', text, NEGATIVITY_PATTERN(), SAY.negativity),
    phraseFinding('overshare', text, OVERSHARE_PATTERN(), SAY.overshare),
    slangFinding(text),
  ];
}

/** Checks a message against every etiquette rule; findings are sorted by severity, then by rule. */
export function lintMessage(text: string, given: LintContext): Finding[] {
  const context = { ...given, channel: given.channel.trim().toLowerCase() };
  const body = straighten(text);
  const subject = straighten(context.subject ?? '');
  const all = subject === '' ? body : `${subject}\n${body}`;
  ANY_LISTED.lastIndex = 0;
  const listed = ANY_LISTED.test(all);
  const shape = lintShape(text, given);
  return sortFindings([
    ...shape,
    // An unsupported channel is the shape rules' error; hints of one only matter on a real channel.
    shape.some((item) => item.rule === 'channel') ? null : channelHintFinding(all, listed),
    wrongNameFinding(body, context),
    otherCompanyFinding(all, context),
    vagueSubjectFinding(context.subject, context),
    greetingFinding(body, context),
    ...(listed ? listedFindings(all, context) : []),
    shoutingFinding(subject, body, context),
    emojiFinding(all),
    exclamationFinding(all),
    questionMarksFinding(all),
    repeatedFinding(all),
    doubleSpaceFinding(all),
  ]);
}
