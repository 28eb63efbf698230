// The keys this site uses in localStorage, in a module with no imports: the privacy page's erase
// script reads them without loading the store.

/** The one key everything is stored under in localStorage. */
export const STORAGE_KEY = 'follow-up';

/** A key written and removed at once to find out whether saving works. */
export const PROBE_KEY = 'follow-up:probe';

/** Stored data that could not be read as it was, kept exactly as found until the person discards it. */
export const UNREADABLE_KEY = 'follow-up:unreadable';

/** Interview forms kept as typed while they cannot be saved, by interview id. */
export const FORMS_KEY = 'follow-up:forms';

/** The words the person added to the spelling check ("add to my words"), a JSON list. */
export const MY_WORDS_KEY = 'follow-up:words';
