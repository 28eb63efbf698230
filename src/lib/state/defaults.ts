// The state's fixed values and its empty default, apart from the schemas, so a page with nothing
// saved can start without loading the validation library.
import type { StoredState } from './schema';

/** The schema version this code writes; stored data with a lower version is migrated up to it. */
export const CURRENT_VERSION = 2;

export { STORAGE_KEY } from './key';

/** `${interviewId}:${templateId}:${interviewerIndex}`, e.g. `3f2a…:thank-you-email:0`. */
export const DRAFT_KEY = /^[^:]+:[^:]+:\d+$/;

/** The key of a saved message draft. */
export type DraftKey = `${string}:${string}:${number}`;
/** A fresh copy of the state a first visit starts with. */
export function defaultState(): StoredState {
  return {
    version: CURRENT_VERSION,
    activeId: null,
    interviews: [],
    you: { name: '', email: '', phone: '' },
    drafts: {},
  };
}

/** The state the server renders; islands show this until they have mounted, so hydration matches. */
export const DEFAULT_STATE: StoredState = deepFreeze(defaultState());

/** Freezes an object and everything inside it, so a shared default cannot be changed by accident. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  }
  return Object.freeze(value);
}

/** The key of the draft for one template, one interview and one interviewer (0 = the first). */
export function draftKey(interviewId: string, templateId: string, interviewerIndex = 0): DraftKey {
  return `${interviewId}:${templateId}:${interviewerIndex}`;
}
