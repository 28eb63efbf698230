import type { PersistentStore } from '@nanostores/persistent';
import { PROBE_KEY } from './keys';

/** Whether saving works: `ok`; `memory` when the browser gives no storage; `full` when a save failed. */
export type StorageStatus = 'ok' | 'memory' | 'full';

/** A storage engine for @nanostores/persistent that never throws and falls back to memory. */
export interface SafeStorage {
  /** The key-value object to hand to `setPersistentEngine`. */
  readonly engine: PersistentStore;
  /** The status right now. */
  readonly status: StorageStatus;
  /** Runs `change` with writes allowed; any other write (a re-read on mount) leaves storage alone. */
  persist(change: () => void): void;
}

/** True for the errors browsers throw when a site's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** The browser's storage, or null when merely looking at it throws (blocked cookies, sandboxed frame). */
function reach(getStorage: () => Storage | null | undefined): Storage | null {
  try {
    return getStorage() ?? null;
  } catch {
    return null;
  }
}

/** Whether a storage has any keys; false when even asking throws. */
function holdsData(storage: Storage): boolean {
  try {
    return storage.length > 0;
  } catch {
    return false;
  }
}

/**
 * Wraps `localStorage` (found by `getStorage`) so reads and writes never throw.
 * Values that could not be saved stay in memory and win over storage until a save works again.
 */
export function createSafeStorage(
  getStorage: () => Storage | null | undefined,
  onStatus: (status: StorageStatus) => void = () => {},
): SafeStorage {
  let storage = reach(getStorage);
  let status: StorageStatus = 'ok';
  let writable = false;
  // Key → value not yet saved (undefined: removal not yet saved).
  const unsaved = new Map<string, string | undefined>();

  const setStatus = (next: StorageStatus) => {
    if (next === status) return;
    status = next;
    onStatus(next);
  };

  const lose = () => {
    storage = null;
    setStatus('memory');
  };

  if (!storage) {
    status = 'memory';
  } else {
    try {
      storage.setItem(PROBE_KEY, '1');
      storage.removeItem(PROBE_KEY);
    } catch (error) {
      // Storage that already holds data is full; one that holds nothing is switched off (old Safari private mode).
      if (isQuotaError(error) && holdsData(storage)) {
        status = 'full';
      } else {
        storage = null;
        status = 'memory';
      }
    }
  }
  onStatus(status);

  const read = (key: string): string | undefined => {
    if (unsaved.has(key)) return unsaved.get(key);
    if (!storage) return undefined;
    try {
      return storage.getItem(key) ?? undefined;
    } catch {
      lose();
      return undefined;
    }
  };

  const write = (key: string, value: string | undefined) => {
    if (!writable) return;
    unsaved.set(key, value);
    if (!storage) return;
    try {
      if (value === undefined) storage.removeItem(key);
      else storage.setItem(key, value);
      unsaved.delete(key);
      setStatus('ok');
    } catch (error) {
      if (isQuotaError(error)) setStatus('full');
      else lose();
    }
  };

  // @nanostores/persistent reads and writes the engine as a plain object: engine[key], key in engine,
  // engine[key] = value, delete engine[key]. The proxy turns those into guarded Storage calls.
  const engine = new Proxy<PersistentStore>(
    {},
    {
      get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
      has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
      set: (_target, key, value: unknown) => {
        if (typeof key === 'string') write(key, String(value));
        return true;
      },
      deleteProperty: (_target, key) => {
        if (typeof key === 'string') write(key, undefined);
        return true;
      },
    },
  );

  return {
    engine,
    get status() {
      return status;
    },
    persist(change) {
      const before = writable;
      writable = true;
      try {
        change();
      } finally {
        writable = before;
      }
    },
  };
}
