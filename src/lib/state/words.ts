// The words the person taught the spelling check. Kept under their own key, apart from the store:
// only the spelling check reads them, and it loads only once the person edits a message.
import { lazy } from '../lazy';
import { MY_WORDS_KEY } from './keys';
import { createSafeStorage } from './storage';

/** The most words kept, and the longest word. */
const MAX_WORDS = 500;
const MAX_LENGTH = 40;
const KEEPABLE = /^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*$/u;

const storage = lazy(() => createSafeStorage(() => globalThis.localStorage));

/** Whether `word` can be kept: letters and apostrophes, at most 40 characters. */
export const isKeepableWord = (word: string): boolean =>
  word.length <= MAX_LENGTH && KEEPABLE.test(word);

/** The words kept in this browser; whatever is stored there that is not a list of words is ignored. */
export function readMyWords(): string[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage().engine[MY_WORDS_KEY] ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.filter((word): word is string => typeof word === 'string' && isKeepableWord(word));
}

/** Adds `word` to the words kept (the oldest give way past 500); false when it cannot be kept. */
export function addMyWord(word: string): boolean {
  const trimmed = word.trim();
  if (!isKeepableWord(trimmed)) return false;
  const words = readMyWords().filter((kept) => kept.toLowerCase() !== trimmed.toLowerCase());
  const next = [...words, trimmed].slice(-MAX_WORDS);
  const safe = storage();
  safe.persist(() => {
    safe.engine[MY_WORDS_KEY] = JSON.stringify(next);
  });
  return true;
}
