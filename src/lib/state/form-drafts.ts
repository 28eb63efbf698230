// Interview forms kept exactly as typed while they cannot be saved: only the timeline's form and
// the actions read them, so they load with those rather than with every page.
import { persistentAtom } from '@nanostores/persistent';
import type { ReadableAtom, WritableAtom } from 'nanostores';
import { FormDraftSchema, type FormDraft } from '../interview/draft-schema';
import { FORMS_KEY } from './keys';
import { eraseStored, storage } from './store';

/** Interview forms kept as typed, by interview id. */
export type FormDrafts = Readonly<Record<string, FormDraft>>;

const NO_FORMS: FormDrafts = Object.freeze({});
// More kept forms than anyone has open; the oldest go first, so damage cannot grow storage.
const MAX_FORMS = 50;

/** The kept forms in `raw` that still read; a damaged entry is left out, never the rest. */
function readForms(raw: string): FormDrafts {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return NO_FORMS;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return NO_FORMS;
  const kept: [string, FormDraft][] = [];
  for (const [id, entry] of Object.entries(data)) {
    const result = FormDraftSchema.safeParse(entry);
    if (result.success) kept.push([id, result.data]);
  }
  return Object.fromEntries(kept.slice(-MAX_FORMS));
}

const $forms: WritableAtom<FormDrafts> = persistentAtom<FormDrafts>(FORMS_KEY, NO_FORMS, {
  decode: readForms,
  encode: (forms) => (Object.keys(forms).length === 0 ? undefined : JSON.stringify(forms)),
});

/** Interview forms kept exactly as typed because they could not be saved yet, by interview id. */
export const $formDrafts: ReadableAtom<FormDrafts> = $forms;

/** The kept forms as stored now (another tab may have kept one since this tab last looked). */
function storedForms(): FormDrafts {
  const raw = storage.engine[FORMS_KEY];
  return raw === undefined ? NO_FORMS : readForms(raw);
}

/** The form of interview `id` kept as typed, if there is one. */
export function keptForm(id: string): FormDraft | undefined {
  const forms = storedForms();
  return Object.hasOwn(forms, id) ? forms[id] : undefined;
}

/** Keeps interview `id`'s form as typed, until it saves or is dropped. */
export function keepFormDraft(id: string, draft: FormDraft): void {
  const { [id]: before, ...rest } = storedForms();
  storage.persist(() => $forms.set({ ...rest, [id]: draft }));
}

/** Forgets the kept form of interview `id` (it saved, or the interview is gone). */
export function dropFormDraft(id: string): void {
  const forms = storedForms();
  if (!Object.hasOwn(forms, id)) return;
  const { [id]: dropped, ...rest } = forms;
  storage.persist(() => $forms.set(rest));
}

/** Erases everything this site saved in this browser (in every open tab) and starts afresh. */
export function eraseAll(): void {
  eraseStored();
  storage.persist(() => $forms.set(NO_FORMS));
}
