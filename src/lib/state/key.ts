/** The one key everything is stored under in localStorage. */
export const STORAGE_KEY = 'follow-up';
