// The spelling check itself: nspell with a Hunspell dictionary, plus the words taken as known.
// Runs in the spelling worker; the tests run it directly on the dictionaries in node_modules.
import nspell from 'nspell';
import { JOB_WORDS } from './job-words';
import { wordsToCheck } from './words';

/** A word the dictionary does not know, and what it may have been meant to be. */
export type Misspelling = { word: string; suggestions: string[] };

/** What the check is asked: the text, and the words to take as known besides the dictionary's. */
export type ProofreadRequest = { text: string; known: readonly string[] };

/** The most misspellings reported, and suggestions for each. */
const MAX_REPORTED = 12;
const MAX_SUGGESTIONS = 3;

/** A spelling check over one dictionary (the .aff and .dic texts); `check` lists each misspelling once. */
export function createProofreader(aff: string, dic: string) {
  const speller = nspell(aff, dic);
  const added = new Set<string>();
  // Known words join the dictionary, so that they are suggested too ("Northwnd" → "Northwind").
  const learn = (word: string) => {
    const key = word.toLowerCase();
    if (added.has(key)) return;
    added.add(key);
    speller.add(word);
  };
  JOB_WORDS.forEach(learn);
  return {
    check({ text, known }: ProofreadRequest): Misspelling[] {
      known.forEach(learn);
      const seen = new Set<string>();
      const found: Misspelling[] = [];
      for (const { word } of wordsToCheck(text)) {
        const key = word.toLowerCase();
        if (seen.has(key) || added.has(key) || speller.correct(word)) continue;
        seen.add(key);
        found.push({ word, suggestions: speller.suggest(word).slice(0, MAX_SUGGESTIONS) });
        if (found.length === MAX_REPORTED) break;
      }
      return found;
    },
  };
}
