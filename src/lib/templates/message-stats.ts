/** Counts for the builder's status line and the length rules. */
export type MessageStats = {
  /** Sentences between the greeting and the sign-off. */
  sentences: number;
  /** Words in the whole text. */
  words: number;
  /** Characters in the whole text (code points, so an accented letter or 田 counts once). */
  characters: number;
};

/** The words a greeting starts with; the name, if any, follows. */
export const GREETING_START =
  /^(?:dear|hello|hi|hey|hiya|heya|greetings|good (?:morning|afternoon|evening|day))\b/i;
const CLOSING =
  /^(?:best|best regards|kind regards|warm regards|regards|sincerely|sincerely yours|yours sincerely|yours truly|respectfully|thank you|thanks|many thanks|with thanks|with gratitude|with appreciation|all the best|best wishes|warmly|cheers)\s*[,.!]?$/i;
// Words that end in a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'approx',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

/** Whether a line is a sign-off such as "Best regards," or "With thanks,". */
export const isSignOff = (line: string): boolean =>
  CLOSING.test(line) || (line.endsWith(',') && wordCount(line) <= 6);

/** Whether the first line of a message is its greeting: "Dear Dana,", "Hello Ms. Rivera", "Dana,". */
export const isGreeting = (line: string): boolean =>
  wordCount(line) <= 8 &&
  ((GREETING_START.test(line) && !/[.?]$/.test(line)) || /[,:;—–-]$/.test(line));

// A signature line after the sign-off: short, and not a sentence ("Jordan Lee", an email address,
// "Jordan Lee, Ph.D."); a P.S. or anything longer is read as part of the message.
const isSignature = (line: string): boolean =>
  wordCount(line) <= 6 &&
  !/^p\.?\s?s\b/i.test(line) &&
  (!/[.!?…]["'”’)\]]*$/u.test(line) ||
    /(?:\p{L}\.){2,}$|\b(?:jr|sr|inc|ltd|co|corp|esq)\.$/iu.test(line));

/**
 * The lines of a message that count towards its length: everything but the greeting line, the
 * sign-off and the signature under it, so a paragraph pasted after the sign-off still counts.
 */
export function messageContent(body: string): string[] {
  const lines = body
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0];
  const start = first !== undefined && lines.length > 1 && isGreeting(first) ? 1 : 0;
  const end = lines.findIndex((line, index) => index > start && isSignOff(line));
  if (end === -1) return lines.slice(start);
  return [...lines.slice(start, end), ...lines.slice(end + 1).filter((line) => !isSignature(line))];
}

/** The number of sentences in a text: each line ends one, and so does every . ! ? that is not part of an abbreviation. */
export function countSentences(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n?|\n/)) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    let open = false;
    tokens.forEach((token, index) => {
      const bare = token.replace(/["'”’)\]]+$/u, '');
      if (/[\p{L}\p{N}]/u.test(bare)) open = true;
      if (!/[.!?…]$/u.test(bare) || !open) return;
      const isLast = index === tokens.length - 1;
      const word = bare.replace(/^[("'“‘[]+/u, '').replace(/\.+$/, '');
      const abbreviation =
        bare.endsWith('.') &&
        !bare.endsWith('..') &&
        (ABBREVIATIONS.has(word.toLowerCase()) ||
          /^\p{L}$/u.test(word) ||
          /\p{L}\.\p{L}/u.test(word));
      if (abbreviation && !isLast) return;
      count += 1;
      open = false;
    });
    if (open) count += 1;
  }
  return count;
}

/** Sentence, word and character counts of a message body. */
export function messageStats(body: string): MessageStats {
  return {
    sentences: countSentences(messageContent(body).join('\n')),
    words: wordCount(body),
    characters: [...body].length,
  };
}
