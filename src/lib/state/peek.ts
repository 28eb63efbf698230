import { PROBE_KEY, STORAGE_KEY } from './key';

/**
 * A quick look at this browser's storage without loading the store: `saved` when there are saved
 * details, `empty` when there are none and saving works, `unavailable` when the browser gives the
 * site no storage (or none with room), which the store must explain. Never throws.
 */
export function peekStorage(): 'saved' | 'empty' | 'unavailable' {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return 'unavailable';
    if (storage.getItem(STORAGE_KEY) !== null) return 'saved';
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return 'empty';
  } catch {
    return 'unavailable';
  }
}
