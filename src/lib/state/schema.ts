import { z } from 'zod/mini';
import { InterviewSchema } from '../interview/schema';
import { CURRENT_VERSION, DRAFT_KEY } from './defaults';

export {
  CURRENT_VERSION,
  DEFAULT_STATE,
  DRAFT_KEY,
  STORAGE_KEY,
  defaultState,
  draftKey,
  type DraftKey,
} from './defaults';

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
  drafts: z.record(z.string().check(z.regex(DRAFT_KEY)), DraftSchema),
});

/** Your own details. */
export type You = z.output<typeof YouSchema>;
/** One saved message draft. */
export type Draft = z.output<typeof DraftSchema>;
/** Everything the site keeps in the browser. */
export type StoredState = z.output<typeof StoredStateSchema>;
