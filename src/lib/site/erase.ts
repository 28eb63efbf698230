import { STORAGE_KEY } from '../state/keys';

/** The localStorage key everything is saved under (from `state/keys.ts`, which imports nothing). */
export const SAVED_DATA_KEY = STORAGE_KEY;

/**
 * What erasing found: `erased`; `empty` (nothing was saved); `blocked` (the browser gives this site
 * no storage, so nothing could have been saved); `failed` (the browser refused to remove it).
 */
export type EraseOutcome = 'erased' | 'empty' | 'blocked' | 'failed';

/** What the privacy page announces after each outcome. */
export const ERASE_MESSAGES: Readonly<Record<EraseOutcome, string>> = {
  erased: 'Your data is erased from this browser.',
  empty: 'There was nothing saved in this browser, so there was nothing to erase.',
  blocked:
    'This browser does not let the site store anything, so nothing was saved here and there is nothing to erase.',
  failed:
    'Your browser did not let the site erase its data. Clear this site’s data in your browser settings instead, as described below.',
};

/** What the privacy page says about whether this browser has agreed to keep the site's data. */
export const PERSIST_MESSAGES = {
  kept: 'In this browser: it has agreed to keep this site’s data until you remove it.',
  notKept:
    'In this browser: it has not agreed (yet), so it may clear this site’s data when space runs low or after weeks without a visit. A backup file keeps your interviews safe.',
} as const;

/** The keys the site owns: the key itself and any `follow-up:…` key (such as the storage probe). */
function ownKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === SAVED_DATA_KEY || key?.startsWith(`${SAVED_DATA_KEY}:`)) keys.push(key);
  }
  return keys;
}

/**
 * Removes everything the site saved in the storage `getStorage` returns (normally `localStorage`).
 * Never throws: merely touching storage throws when the browser blocks it.
 */
export function eraseSavedData(getStorage: () => Storage | null | undefined): EraseOutcome {
  let storage: Storage | null | undefined;
  let keys: string[];
  try {
    storage = getStorage();
    if (!storage) return 'blocked';
    keys = ownKeys(storage);
  } catch {
    return 'blocked';
  }
  if (keys.length === 0) return 'empty';
  try {
    for (const key of keys) storage.removeItem(key);
    return ownKeys(storage).length === 0 ? 'erased' : 'failed';
  } catch {
    return 'failed';
  }
}
