import { afterEach, describe, expect, it, vi } from 'vitest';
import { peekStorage } from '../../src/lib/state/peek';

/** An in-memory `Storage` whose writes can be made to fail. */
function fakeStorage(initial: Record<string, string>, failWrites?: () => Error): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites) throw failWrites();
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('peekStorage', () => {
  it('finds saved details under the store’s key, and leaves storage as it was', () => {
    const storage = fakeStorage({ 'follow-up': '{"version":2}', theme: 'dark' });
    vi.stubGlobal('localStorage', storage);
    expect(peekStorage()).toBe('saved');
    expect(storage.length).toBe(2);
  });

  it('says empty when nothing is saved and saving works, without leaving its probe behind', () => {
    const storage = fakeStorage({ theme: 'dark' });
    vi.stubGlobal('localStorage', storage);
    expect(peekStorage()).toBe('empty');
    expect([...Array(storage.length).keys()].map((i) => storage.key(i))).toEqual(['theme']);
  });

  it.each([
    ['there is no storage', () => vi.stubGlobal('localStorage', undefined)],
    [
      'saving fails (private mode, or full with nothing of ours)',
      () =>
        vi.stubGlobal(
          'localStorage',
          fakeStorage({}, () => new DOMException('Quota exceeded', 'QuotaExceededError')),
        ),
    ],
    [
      'merely reading localStorage throws',
      () =>
        vi.stubGlobal(
          'localStorage',
          new Proxy({} as Storage, {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          }),
        ),
    ],
  ])('says unavailable when %s, so the store can explain it', (_, setUp) => {
    setUp();
    expect(peekStorage()).toBe('unavailable');
  });
});
