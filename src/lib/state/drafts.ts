// Your own details and the template builder's message drafts.
import { DRAFT_KEY, type Draft, type DraftKey, type You } from './schema';
import { $state, commit } from './store';

/** The parts of a draft the builder saves; `updatedAt` is set on saving. */
export type DraftInput = Omit<Draft, 'updatedAt'>;

/** Notes that a backup file of everything was just saved, so reminders to make one can rest. */
export function noteBackup(now: Date = new Date()): void {
  commit((state) => ({ ...state, backedUpAt: now.toISOString() }));
}

/** Changes some of your own details; text is kept exactly as typed. */
export function setYou(patch: Partial<You>): void {
  commit((state) => {
    const you = { ...state.you };
    for (const key of ['name', 'email', 'phone'] as const) {
      const value = patch[key];
      if (typeof value === 'string') you[key] = value;
    }
    return { ...state, you };
  });
}

/** Saves a message draft under `key` (see `draftKey`); returns false when the key is malformed. */
export function saveDraft(key: DraftKey, draft: DraftInput): boolean {
  if (!DRAFT_KEY.test(key)) return false;
  const saved: Draft = {
    subject: draft.subject,
    body: draft.body,
    fields: { ...draft.fields },
    updatedAt: new Date().toISOString(),
  };
  commit((state) => ({ ...state, drafts: { ...state.drafts, [key]: saved } }));
  return true;
}

/** Forgets the draft under `key`, so the builder starts again from the template. */
export function resetDraft(key: DraftKey): void {
  if (!Object.hasOwn($state.get().drafts, key)) return;
  commit((state) => {
    const drafts = { ...state.drafts };
    delete drafts[key];
    return { ...state, drafts };
  });
}

/** The saved draft under `key`, if there is one. */
export function getDraft(key: DraftKey): Draft | undefined {
  const { drafts } = $state.get();
  return Object.hasOwn(drafts, key) ? drafts[key] : undefined;
}
