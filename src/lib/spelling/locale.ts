/** The dictionaries the spelling check can use: US English, and British English for the Commonwealth. */
export type SpellingLocale = 'en-US' | 'en-GB';

// English as written in these places follows British spelling ("colour", "organise"); Canada
// mixes the two, so it keeps the site's own US dictionary, as does everywhere else.
const BRITISH = /^en-(?:gb|uk|ie|au|nz|za|in|sg|hk|mt|cy|gi|im|je|gg)\b/i;

/** The dictionary for the person's languages (navigator.languages), from the first English one. */
export function spellingLocale(languages: readonly string[]): SpellingLocale {
  return BRITISH.test(languages.find((tag) => /^en(?:-|$)/i.test(tag)) ?? '') ? 'en-GB' : 'en-US';
}
