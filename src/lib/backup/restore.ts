// Reading a backup file and putting it in place: loaded only when someone imports a backup.
import {
  CURRENT_VERSION,
  migrate,
  type Draft,
  type MigrationContext,
  type StoredState,
  type You,
} from '../state/index';
import { listOf, plural } from '../text';
import { BACKUP_FORMAT, BACKUP_MESSAGES, MAX_BACKUP_BYTES } from './file';

/** Why a file was refused. */
export type BackupProblem = 'too-large' | 'empty' | 'not-json' | 'foreign' | 'newer' | 'invalid';

/** What reading a backup file gave: its data, checked and migrated, or why it was refused. */
export type BackupReading =
  | {
      ok: true;
      /** The saved state the file holds, valid for this version of the site. */
      state: StoredState;
      /** When the backup was made, if the file says so. */
      exportedAt?: string;
      /** The version the data was migrated from, when the backup is older than this site. */
      migratedFrom?: number;
    }
  | {
      ok: false;
      /** What is wrong. */
      problem: BackupProblem;
      /** The problem and what to do, for the person. */
      message: string;
    };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const refuse = (problem: BackupProblem, message: string): BackupReading => ({
  ok: false,
  problem,
  message,
});

/**
 * Reads the text of a backup file. Refuses anything that is not JSON, not our format, from a newer
 * version, or with any part that fails validation; older backups go through the same migrations as
 * stored data. Never throws.
 */
export function readBackup(text: string, context?: MigrationContext): BackupReading {
  // Characters, not bytes, but a file this long is too large in any encoding.
  if (text.length > MAX_BACKUP_BYTES) {
    return refuse('too-large', BACKUP_MESSAGES.tooLarge(text.length));
  }
  if (text.trim() === '') return refuse('empty', BACKUP_MESSAGES.empty);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('not-json', BACKUP_MESSAGES.notJson);
  }
  if (!isRecord(file) || file['format'] !== BACKUP_FORMAT) {
    return refuse('foreign', BACKUP_MESSAGES.foreign);
  }
  const { version, data, exportedAt } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('invalid', BACKUP_MESSAGES.invalid);
  }
  if (version > CURRENT_VERSION) {
    return refuse('newer', BACKUP_MESSAGES.newer(version, CURRENT_VERSION));
  }
  // The label and the data must agree, or one of them was edited.
  if (!isRecord(data) || data['version'] !== version) {
    return refuse('invalid', BACKUP_MESSAGES.invalid);
  }
  const migrated = migrate(data, context);
  if (migrated.notice === 'newer') {
    return refuse('newer', BACKUP_MESSAGES.newer(version, CURRENT_VERSION));
  }
  // Stored data is salvaged in part; a backup is all or nothing, so nothing is lost unnoticed.
  if (migrated.notice !== undefined) return refuse('invalid', BACKUP_MESSAGES.invalid);
  return {
    ok: true,
    state: migrated.state,
    ...(typeof exportedAt === 'string' && !Number.isNaN(Date.parse(exportedAt))
      ? { exportedAt }
      : {}),
    ...(migrated.migratedFrom !== undefined ? { migratedFrom: migrated.migratedFrom } : {}),
  };
}

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

/** "Merged: 1 interview added, 2 updated, 3 message drafts and your email." */
export function describeMerge(outcome: Omit<MergeOutcome, 'state'>): string {
  const parts: string[] = [];
  if (outcome.added > 0) parts.push(`${plural(outcome.added, 'interview')} added`);
  if (outcome.updated > 0) {
    parts.push(`${plural(outcome.updated, 'interview')} brought up to date`);
  }
  if (outcome.drafts > 0) {
    parts.push(`${plural(outcome.drafts, 'message draft')} added or updated`);
  }
  if (outcome.you.length > 0) parts.push(`your ${listOf(outcome.you)} filled in`);
  if (parts.length === 0) {
    return 'Nothing to merge: everything in this backup is already here.';
  }
  return `Backup merged: ${listOf(parts)}.`;
}
