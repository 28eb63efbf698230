import { z } from 'zod/mini';
import { InterviewSchema } from '../interview/index';

export { STORAGE_KEY } from './keys';

/** The schema version this code writes; stored data with a lower version is migrated up to it. */
export const CURRENT_VERSION = 3;

/** `${interviewId}:${templateId}:${interviewerIndex}`, e.g. `3f2a…:thank-you-email:0`. */
export const DRAFT_KEY = /^[^:]+:[^:]+:\d+$/;

/** The key of a saved message draft. */
export type DraftKey = `${string}:${string}:${number}`;

/** The key of the draft for one template, one interview and one interviewer (0 = the first). */
export function draftKey(interviewId: string, templateId: string, interviewerIndex = 0): DraftKey {
  return `${interviewId}:${templateId}:${interviewerIndex}`;
}

/** Your own details, used to sign messages; kept exactly as typed. */
export const YouSchema = z.object({
  /** Your name as you sign off. */
  name: z._default(z.string(), ''),
  /** Your email address. */
  email: z._default(z.string(), ''),
  /** Your phone number, written the way you want it read. */
  phone: z._default(z.string(), ''),
});

/** A message you edited in the template builder, kept so you can come back to it. */
export const DraftSchema = z.object({
  /** The subject line (empty for channels without one). */
  subject: z.string(),
  /** The message text. */
  body: z.string(),
  /** The template's fill-in values: placeholder name → text. */
  fields: z.record(z.string(), z.string()),
  /** When the draft was last saved, an ISO 8601 timestamp. */
  updatedAt: z.string(),
});

/** Everything the site keeps in the browser, under the `follow-up` key. */
export const StoredStateSchema = z.object({
  /** Schema version of this data. */
  version: z.literal(CURRENT_VERSION),
  /** The interview the timeline and builder show, or null when there is none. */
  activeId: z.nullable(z.string()),
  /** Every interview you entered, oldest first. */
  interviews: z.array(InterviewSchema),
  /** Your own details. */
  you: YouSchema,
  /** Saved message drafts by `interviewId:templateId:interviewerIndex`. */
  drafts: z.record(z.string().check(z.refine((key) => DRAFT_KEY.test(key))), DraftSchema),
  /** When you last saved a backup file, an ISO 8601 timestamp; absent until you first do. */
  backedUpAt: z.optional(z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value))))),
});

/** Your own details. */
export type You = z.output<typeof YouSchema>;
/** One saved message draft. */
export type Draft = z.output<typeof DraftSchema>;
/** Everything the site keeps in the browser. */
export type StoredState = z.output<typeof StoredStateSchema>;

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

/** Freezes an object and everything inside it, so a shared default cannot be changed by accident. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  }
  return Object.freeze(value);
}

/** The state the server renders; islands show this until they have mounted, so hydration matches. */
export const DEFAULT_STATE: StoredState = deepFreeze(defaultState());
