import type { You } from '../state/index';

/** Template fields filled from your saved details, and the detail each one reads. */
export const YOU_FIELDS: Readonly<Record<string, keyof You>> = {
  yourName: 'name',
  yourEmail: 'email',
  yourPhone: 'phone',
};

/** The values your saved details fill in: yourName, yourEmail, yourPhone. */
export function youValues(you: You): Record<string, string> {
  return Object.fromEntries(Object.entries(YOU_FIELDS).map(([field, key]) => [field, you[key]]));
}
