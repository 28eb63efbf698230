/** Counts for the builder's status line and the length rules. */
export type MessageStats = {
  /** Sentences between the greeting and the sign-off. */
  sentences: number;
  /** Words in the whole text. */
  words: number;
  /** Characters in the whole text (code points, so an accented letter or 田 counts once). */
  characters: number;
};

const GREETING_START = /^(?:dear|hello|hi|hey|greetings|good (?:morning|afternoon|evening))\b/i;
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

/** The lines of a message between its greeting line and its sign-off, without blank lines. */
export function messageContent(body: string): string[] {
  const lines = body
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  let start = 0;
  const first = lines[0];
  if (
    first !== undefined &&
    lines.length > 1 &&
    wordCount(first) <= 8 &&
    ((GREETING_START.test(first) && !/[.?]$/.test(first)) || first.endsWith(','))
  ) {
    start = 1;
  }
  // The sign-off is a short closing line near the end; the signature lines after it are not content.
  let end = lines.length;
  for (let i = Math.max(start + 1, lines.length - 6); i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (CLOSING.test(line) || (line.endsWith(',') && wordCount(line) <= 6)) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end);
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
