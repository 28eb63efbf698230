// Which words of a message the spelling check reads, and which it takes as known: the pure part
// of the check, shared by its page side and its worker.

/** A word of the text and where it starts. */
export type TextWord = { word: string; at: number };

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
// Addresses, links, {{placeholders}} and [blanks] are not prose: their words are not checked.
const NOT_PROSE = /\S+@\S+|\b(?:https?:\/\/|www\.)\S+|\{\{[^{}]*\}\}|\[[^[\]\n]*\]/giu;

/**
 * The words worth checking, in order: not acronyms ("SQL", "KPIs"), not names written with a
 * capital inside ("LinkedIn"), not single letters, and not in addresses, links or blanks.
 */
export function wordsToCheck(text: string): TextWord[] {
  const prose = text.replace(NOT_PROSE, (found) => ' '.repeat(found.length));
  const words: TextWord[] = [];
  for (const match of prose.matchAll(WORD)) {
    const word = match[0].replace(/’/g, "'");
    const letters = word.replace(/'/g, '');
    if ([...letters].length < 2 || /^\p{Lu}+s?$/u.test(letters) || /.\p{Lu}/u.test(letters))
      continue;
    // Digits glued to a word ("3D", "B2B", "Q3") make it a code, not a word.
    const before = prose[match.index - 1] ?? '';
    const after = prose[match.index + match[0].length] ?? '';
    if (/\p{N}/u.test(before) || /\p{N}/u.test(after)) continue;
    words.push({ word, at: match.index });
  }
  return words;
}

const wordsIn = (phrase: string): string[] =>
  [...phrase.matchAll(WORD)].map((match) => match[0].replace(/’/g, "'"));

/** The words of names and titles taken as known, once each: "Dana Ortiz", "Tanaka & Söhne" → Dana, Ortiz, Tanaka, Söhne. */
export function knownWords(phrases: readonly string[]): string[] {
  const words = new Map<string, string>();
  for (const word of phrases.flatMap(wordsIn)) {
    if (!words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
  }
  return [...words.values()];
}
