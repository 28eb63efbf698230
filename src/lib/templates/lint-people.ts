// The rules that know whom a message is for: a greeting to someone else, no greeting at all, and
// the company of another saved interview named in the text.
import { GENERIC_GREETING, NICKNAMES, TITLES } from './lint-phrases';
import { finding } from './lint-rules';
import { WORDING_MESSAGES as SAY } from './wording-messages';
import { GREETING_START, isGreeting, isSignOff } from './message-stats';
import type { Finding } from './types';

/** What the people rules read besides the text. */
export type PeopleContext = {
  channel: string;
  recipient?: string | undefined;
  company?: string | undefined;
  otherNames?: readonly string[] | undefined;
  otherCompanies?: readonly string[] | undefined;
};

/** A name reduced for comparing: no accents, apostrophes or periods, lower case ("O’Brien" → "obrien"). */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\p{M}'’.]/gu, '')
    .toLowerCase();

/** The words of a name without titles, and whether it had one: "Dr. Dana Ortiz" → dana, ortiz. */
function nameWords(name: string): [words: string[], titled: boolean] {
  const all = fold(name)
    .split(/[\s/]+/)
    .filter(Boolean);
  const words = all.filter((word) => !TITLES.has(word));
  return [words, words.length < all.length];
}

/** Whether greeted word `a` can stand for name word `b`: the same, a short form, or an initial. */
function sameName(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return a[0] === b[0];
  // "Dan" for "Daniel", "Kathy" for "Katherine": names that start alike are let through.
  return (
    a.slice(0, 3) === b.slice(0, 3) ||
    b.startsWith(a) ||
    a.startsWith(b) ||
    NICKNAMES.get(a) === b ||
    NICKNAMES.get(b) === a
  );
}

/** Whether a greeted word matches a word of the name, or a part of a double-barrelled one. */
const inName = (word: string, name: readonly string[]): boolean =>
  name.some((other) =>
    [other, ...other.split('-')].some((piece) =>
      [word, ...word.split('-')].some((part) => sameName(part, piece)),
    ),
  );

/** Whether greeting words can address `name`: a surname after a title, a first name, or first and last. */
function greets(words: readonly string[], titled: boolean, name: readonly string[]): boolean {
  const last = inName(words.at(-1) ?? '', name);
  return titled || words.length === 1 ? last : last && inName(words[0] ?? '', name);
}

/** The lines of a message with text, a pasted "Subject:" line left out. */
function linesOf(body: string): string[] {
  const lines = body
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (/^subject\s*:/i.test(lines[0] ?? '')) lines.shift();
  return lines;
}

/** The name a greeting addresses ("Dear Ms. Ortiz," → "Ms. Ortiz"); null when it names no one plainly. */
export function greetedName(line: string): string | null {
  const start = GREETING_START.exec(line);
  // The name runs to the first comma, colon or dash, or to the end of the line.
  const [head = ''] = start ? line.slice(start[0].length).split(/\s*(?:[,:;!?—–]|\s-\s)/, 1) : [];
  const words = head.trim().split(/\s+/);
  const nameLike = words.every((word) =>
    /^[\p{Lu}\p{Lt}\p{Lo}]|^(?:van|von|de|del|da|di|la|le)$/u.test(word),
  );
  return nameLike && words.length < 6 ? head.trim() : null;
}

/** A greeting to someone other than the recipient; a first-name or title greeting of them passes. */
export function wrongNameFinding(body: string, context: PeopleContext): Finding | null {
  const recipient = context.recipient?.trim() ?? '';
  const greeted = recipient === '' ? null : greetedName(linesOf(body)[0] ?? '');
  if (greeted === null) return null;
  const [words, titled] = nameWords(greeted);
  const company = fold(context.company ?? '');
  if (
    words.length === 0 ||
    words.some((word) => GENERIC_GREETING.has(word)) ||
    (company !== '' && fold(greeted).includes(company))
  ) {
    return null;
  }
  const [to, toTitled] = nameWords(recipient);
  if (greets(words, titled, to)) return null;
  const other = context.otherNames?.find((name) => greets(words, titled, nameWords(name)[0]));
  // A name from outside this process is reported only when the recipient's name shows the
  // difference: a surname after a title needs theirs, a first name needs theirs.
  const given = !toTitled || to.length > 1;
  const family = to.length > 1 || toTitled;
  if (!other && !(titled ? family : words.length === 1 ? given : given && family)) return null;
  return finding('wrong-name', SAY.wrongName(greeted, recipient, other?.trim()), {
    // Someone else in this process is a mistake; a name we do not know may be a short form.
    severity: other ? 'error' : 'warning',
  });
}

/** An email or letter that has a sign-off or several paragraphs, but opens without a greeting. */
export function greetingFinding(body: string, context: PeopleContext): Finding | null {
  if (context.channel !== 'email' && context.channel !== 'letter') return null;
  const [first, ...rest] = linesOf(body);
  const whole = /\n\s*\n\s*\S/.test(body.trim()) || rest.some(isSignOff);
  if (
    !first ||
    !whole ||
    isGreeting(first) ||
    GREETING_START.test(first) ||
    /^to whom\b/i.test(first)
  ) {
    return null;
  }
  return finding(
    'greeting-missing',
    SAY.greetingMissing(context.channel, context.recipient?.trim()),
  );
}

/** A company's name as a message would write it: no "The", no "Inc." or "Corporation". */
const companyCore = (name: string): string =>
  name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(
      /(?:,?\s+(?:inc|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|plc|llp)\.?)+$/i,
      '',
    );

/** The companies of the person's other interviews that the text names. */
export function otherCompanyFinding(text: string, context: PeopleContext): Finding | null {
  const own = fold(companyCore(context.company ?? ''));
  const found: string[] = [];
  for (const name of new Set((context.otherCompanies ?? []).map(companyCore))) {
    const key = fold(name);
    if (key.length < 2 || (own !== '' && own.includes(key))) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    // A one-word name counts only with its capital: "Target", not "our target".
    const single = !/[\s\d&.'’-]/.test(name);
    const seen = text
      .match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))
      ?.find((match) => !single || /^\p{Lu}/u.test(match));
    if (seen) found.push(seen.replace(/\s+/g, ' '));
  }
  if (found.length === 0) return null;
  return finding(
    'other-company',
    SAY.otherCompany(found, companyCore(context.company ?? '') || undefined),
  );
}
