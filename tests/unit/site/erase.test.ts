import { describe, expect, it } from 'vitest';
import {
  ERASE_MESSAGES,
  SAVED_DATA_KEY,
  eraseSavedData,
  type EraseOutcome,
} from '../../../src/lib/site/erase';
import { STORAGE_KEY } from '../../../src/lib/state/index';

/** An in-memory `Storage`; `refuse` makes removing throw or silently do nothing. */
function fakeStorage(initial: Record<string, string>, refuse?: 'throw' | 'ignore'): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => {
      if (refuse === 'throw') throw new DOMException('The operation is insecure.', 'SecurityError');
      if (refuse !== 'ignore') data.delete(key);
    },
    clear: () => data.clear(),
  };
}

describe('eraseSavedData', () => {
  it('uses the key the store saves under', () => {
    expect(SAVED_DATA_KEY).toBe(STORAGE_KEY);
  });

  it('removes what the site saved and leaves other keys alone', () => {
    const storage = fakeStorage({
      'follow-up': '{"version":2}',
      'follow-up:probe': '1',
      'follow-upper': 'not ours',
      theme: 'dark',
    });
    expect(eraseSavedData(() => storage)).toBe('erased');
    expect(storage.getItem('follow-up')).toBeNull();
    expect(storage.getItem('follow-up:probe')).toBeNull();
    expect(storage.getItem('follow-upper')).toBe('not ours');
    expect(storage.getItem('theme')).toBe('dark');
  });

  it.each<[string, () => Storage | undefined, EraseOutcome]>([
    ['nothing was saved', () => fakeStorage({ theme: 'dark' }), 'empty'],
    ['there is no storage at all', () => undefined, 'blocked'],
    [
      'merely reading localStorage throws',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      'blocked',
    ],
    ['removing throws', () => fakeStorage({ 'follow-up': '{}' }, 'throw'), 'failed'],
    [
      'the data is still there afterwards',
      () => fakeStorage({ 'follow-up': '{}' }, 'ignore'),
      'failed',
    ],
  ])('says so, without throwing, when %s', (_when, getStorage, outcome) => {
    expect(eraseSavedData(getStorage)).toBe(outcome);
  });

  it('has a plain message for every outcome', () => {
    expect(ERASE_MESSAGES).toMatchInlineSnapshot(`
      {
        "blocked": "This browser does not let the site store anything, so nothing was saved here and there is nothing to erase.",
        "empty": "There was nothing saved in this browser, so there was nothing to erase.",
        "erased": "Your data is erased from this browser.",
        "failed": "Your browser did not let the site erase its data. Clear this site’s data in your browser settings instead, as described below.",
      }
    `);
  });
});
