import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { spellingLocale } from '../../../src/lib/spelling';
import { SPELLING_MESSAGES } from '../../../src/lib/spelling/messages';
import { createProofreader } from '../../../src/lib/spelling/proofreader';
import { knownWords, wordsToCheck } from '../../../src/lib/spelling/words';
import { MY_WORDS_KEY } from '../../../src/lib/state/keys';
import { eraseSavedData } from '../../../src/lib/site/erase';

const dictionary = (name: string) => ({
  aff: readFileSync(`node_modules/${name}/index.aff`, 'utf8'),
  dic: readFileSync(`node_modules/${name}/index.dic`, 'utf8'),
});

describe('spellingLocale', () => {
  it.each([
    [['en-US'], 'en-US'],
    [['en'], 'en-US'],
    [['en-CA'], 'en-US'],
    [['de-DE', 'fr-FR'], 'en-US'],
    [[], 'en-US'],
    [['en-GB'], 'en-GB'],
    [['en-IE'], 'en-GB'],
    [['en-AU'], 'en-GB'],
    [['en-NZ'], 'en-GB'],
    [['en-ZA'], 'en-GB'],
    [['en-IN'], 'en-GB'],
    [['de-DE', 'en-GB', 'en-US'], 'en-GB'],
    [['en-US', 'en-GB'], 'en-US'],
  ] as const)('picks the dictionary for %j: %s', (languages, locale) => {
    expect(spellingLocale(languages)).toBe(locale);
  });
});

describe('wordsToCheck', () => {
  it('reads the words of prose and leaves acronyms, codes, addresses, links and blanks alone', () => {
    const text =
      'Thank you, Dana! I used SQL, KPIs and LinkedIn in Q3 with B2B clients; see https://example.com/wrk or write to jordan.lee@example.com about [Your Name] and {{topic}}. I’m glad.';
    expect(wordsToCheck(text).map(({ word }) => word)).toEqual([
      'Thank',
      'you',
      'Dana',
      'used',
      'and',
      'in',
      'with',
      'clients',
      'see',
      'or',
      'write',
      'to',
      'about',
      'and',
      "I'm",
      'glad',
    ]);
  });

  it('checks each part of a hyphenated word', () => {
    expect(wordsToCheck('a co-founder’s well-known app').map(({ word }) => word)).toEqual([
      'co',
      "founder's",
      'well',
      'known',
      'app',
    ]);
  });
});

describe('knownWords', () => {
  it('takes each word of names, companies and roles once, as written', () => {
    expect(knownWords(['Dana Ortiz', 'Tanaka & Söhne', 'dana', 'O’Brien'])).toEqual([
      'Dana',
      'Ortiz',
      'Tanaka',
      'Söhne',
      "O'Brien",
    ]);
  });
});

describe('the proofreader', () => {
  let us: ReturnType<typeof createProofreader>;
  let gb: ReturnType<typeof createProofreader>;
  beforeAll(() => {
    const en = dictionary('dictionary-en');
    const british = dictionary('dictionary-en-gb');
    us = createProofreader(en.aff, en.dic);
    gb = createProofreader(british.aff, british.dic);
  });

  it('lists each misspelling once, with suggestions', () => {
    expect(
      us.check({
        text: 'I would recieve the offer gladly, and I would recieve it soon. The intervew went well.',
        known: [],
      }),
    ).toEqual([
      { word: 'recieve', suggestions: ['receive', 'relieve'] },
      { word: 'intervew', suggestions: ['interview'] },
    ]);
  });

  it('takes the interview’s names, the company, the role and common job words as known', () => {
    const text =
      'Dear Ms. Ortiz, thank you for the onboarding roadmap and the Figma mockups at Northwind. The hackathon showed how your fintech team works.';
    expect(us.check({ text, known: [] }).map(({ word }) => word)).toEqual(['Northwind']);
    expect(us.check({ text, known: knownWords(['Dana Ortiz', 'Northwind Health']) })).toEqual([]);
  });

  it('suggests a known name for a slip in it', () => {
    const [found] = us.check({ text: 'I enjoyed visiting Northwnd.', known: ['Northwind'] });
    expect(found?.suggestions).toContain('Northwind');
  });

  it('follows the dictionary of the person’s English', () => {
    const text = 'I would organize the colour palette.';
    expect(us.check({ text, known: [] }).map(({ word }) => word)).toEqual(['colour']);
    expect(gb.check({ text, known: [] }).map(({ word }) => word)).toEqual(['organize']);
  });

  it('passes an ordinary thank-you note', () => {
    const text =
      'Dear Dana,\n\nThank you for taking the time to talk with me about the Product Designer position at Northwind Health. I especially enjoyed our conversation about the plan to move patient scheduling online. I look forward to hearing from you.\n\nBest regards,\nJordan Lee\njordan.lee@example.com';
    expect(us.check({ text, known: knownWords(['Northwind Health', 'Jordan Lee']) })).toEqual([]);
  });
});

describe('the spelling messages', () => {
  it('name the word and what it may have meant', () => {
    expect(SPELLING_MESSAGES.misspelling('recieve', ['receive', 'relieve'])).toBe(
      '“recieve”: did you mean “receive” or “relieve”?',
    );
    expect(SPELLING_MESSAGES.misspelling('Zyxq', [])).toBe(
      '“Zyxq” is not in the dictionary. Check it, or add it to your words if it is right.',
    );
    expect(SPELLING_MESSAGES.summary(0)).toBe('No spelling mistakes found.');
    expect(SPELLING_MESSAGES.summary(2)).toBe('2 words may be misspelled.');
  });
});

/** A localStorage that lives in memory. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

describe('my words', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  const fresh = async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    vi.resetModules();
    return { storage, words: await import('../../../src/lib/state/words') };
  };

  it('keeps an added word under its own key, once, and reads it back', async () => {
    const { storage, words } = await fresh();
    expect(words.addMyWord('Northwnd')).toBe(true);
    expect(words.addMyWord('northwnd')).toBe(true);
    expect(words.addMyWord('Zoë')).toBe(true);
    expect(words.readMyWords()).toEqual(['northwnd', 'Zoë']);
    expect(JSON.parse(storage.getItem(MY_WORDS_KEY) ?? '')).toEqual(['northwnd', 'Zoë']);
  });

  it('refuses what is not a word, and ignores stored data that is not a list of words', async () => {
    const { storage, words } = await fresh();
    expect(words.addMyWord('two words')).toBe(false);
    expect(words.addMyWord('<script>')).toBe(false);
    expect(words.addMyWord('a'.repeat(41))).toBe(false);
    storage.setItem(MY_WORDS_KEY, '{"not":"a list"}');
    expect(words.readMyWords()).toEqual([]);
    storage.setItem(MY_WORDS_KEY, '["Figma", 3, "two words", "Söhne"]');
    expect(words.readMyWords()).toEqual(['Figma', 'Söhne']);
    storage.setItem(MY_WORDS_KEY, 'not json');
    expect(words.readMyWords()).toEqual([]);
  });

  it('keeps the 500 latest words', async () => {
    const { words } = await fresh();
    // 505 different words of letters only: "wordaa", "wordab", …
    const word = (n: number) =>
      `word${String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26))}`;
    for (let n = 0; n < 505; n += 1) words.addMyWord(word(n));
    const kept = words.readMyWords();
    expect(kept).toHaveLength(500);
    expect(kept[0]).toBe(word(5));
    expect(kept.at(-1)).toBe(word(504));
  });

  it('are erased with the rest of the site’s data', async () => {
    const { storage, words } = await fresh();
    words.addMyWord('Northwnd');
    expect(eraseSavedData(() => storage)).toBe('erased');
    expect(storage.getItem(MY_WORDS_KEY)).toBeNull();
  });
});
