import type { Draft, StoredState, You } from '../state/schema';
import { listWords } from './file';

/** What merging a backup did, for the announcement. */
export interface MergeOutcome {
  /** The merged state; the current state itself (same object) when the backup adds nothing. */
  state: StoredState;
  /** Interviews that were only in the backup. */
  added: number;
  /** Interviews in both, where the backup's copy was changed later and replaced this one. */
  updated: number;
  /** Message drafts added or replaced by later ones from the backup. */
  drafts: number;
  /** Your details that were empty here and filled from the backup. */
  you: (keyof You)[];
}

/** Whether timestamp `a` is strictly later than `b`; a tie keeps what is here. */
function isLater(a: string, b: string): boolean {
  const [timeA, timeB] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(timeA) || Number.isNaN(timeB)) return a > b;
  return timeA > timeB;
}

/** The interview id a draft key belongs to (`id:template:index`). */
const interviewOf = (key: string) => key.slice(0, key.indexOf(':'));

/** Keeps only drafts whose interview exists, and an active id that points at an interview. */
function tidy(state: StoredState, preferredActive: readonly (string | null)[]): StoredState {
  const ids = new Set(state.interviews.map(({ id }) => id));
  const drafts: Record<string, Draft> = {};
  for (const [key, draft] of Object.entries(state.drafts)) {
    if (ids.has(interviewOf(key))) drafts[key] = draft;
  }
  const activeId =
    preferredActive.find((id): id is string => id !== null && ids.has(id)) ??
    state.interviews[0]?.id ??
    null;
  return { ...state, activeId, drafts };
}

/** Everything becomes the backup (drafts without an interview are left out). */
export function replaceWithBackup(backup: StoredState): StoredState {
  return tidy(backup, [backup.activeId]);
}

/**
 * Adds the backup to what is here: interviews and drafts not here are added, and for one in both
 * the later `updatedAt` wins; your empty details are filled from the backup; the active interview
 * stays unless there is none. Merging the same backup twice changes nothing the second time.
 */
export function mergeBackup(current: StoredState, backup: StoredState): MergeOutcome {
  let added = 0;
  let updated = 0;
  const fromBackup = new Map(backup.interviews.map((interview) => [interview.id, interview]));
  const interviews = current.interviews.map((interview) => {
    const other = fromBackup.get(interview.id);
    if (!other || !isLater(other.updatedAt, interview.updatedAt)) return interview;
    updated += 1;
    return other;
  });
  const here = new Set(current.interviews.map(({ id }) => id));
  for (const interview of backup.interviews) {
    if (here.has(interview.id)) continue;
    here.add(interview.id);
    interviews.push(interview);
    added += 1;
  }

  const drafts: Record<string, Draft> = { ...current.drafts };
  for (const [key, draft] of Object.entries(backup.drafts)) {
    const mine = Object.hasOwn(drafts, key) ? drafts[key] : undefined;
    if (!mine || isLater(draft.updatedAt, mine.updatedAt)) drafts[key] = draft;
  }

  const you = { ...current.you };
  const filled: (keyof You)[] = [];
  for (const key of ['name', 'email', 'phone'] as const) {
    if (you[key].trim() === '' && backup.you[key].trim() !== '') {
      you[key] = backup.you[key];
      filled.push(key);
    }
  }

  const state = tidy({ ...current, interviews, drafts, you }, [current.activeId, backup.activeId]);
  const draftsChanged = Object.entries(state.drafts).filter(
    ([key, draft]) => !Object.hasOwn(current.drafts, key) || current.drafts[key] !== draft,
  ).length;
  const unchanged =
    added === 0 &&
    updated === 0 &&
    filled.length === 0 &&
    state.activeId === current.activeId &&
    Object.keys(state.drafts).length === Object.keys(current.drafts).length &&
    draftsChanged === 0;
  return {
    state: unchanged ? current : state,
    added,
    updated,
    drafts: draftsChanged,
    you: filled,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Merged: 1 interview added, 2 updated, 3 message drafts and your email." */
export function describeMerge(outcome: Omit<MergeOutcome, 'state'>): string {
  const parts: string[] = [];
  if (outcome.added > 0) parts.push(`${count(outcome.added, 'interview', 'interviews')} added`);
  if (outcome.updated > 0) {
    parts.push(`${count(outcome.updated, 'interview', 'interviews')} brought up to date`);
  }
  if (outcome.drafts > 0) {
    parts.push(`${count(outcome.drafts, 'message draft', 'message drafts')} added or updated`);
  }
  if (outcome.you.length > 0) parts.push(`your ${listWords(outcome.you)} filled in`);
  if (parts.length === 0) {
    return 'Nothing to merge: everything in this backup is already here.';
  }
  return `Backup merged: ${listWords(parts)}.`;
}
