import { padClockTime } from '../dates/index';
import type { Interview } from '../interview/index';
import { newId } from './ids';
import { salvageInterview } from './salvage';
import {
  CURRENT_VERSION,
  DRAFT_KEY,
  DraftSchema,
  StoredStateSchema,
  YouSchema,
  defaultState,
  type Draft,
  type StoredState,
} from './schema';

/** Why stored data was not used as it was: `corrupt` (unreadable, or parts of it), `newer` (a later version). */
export type StorageNotice = 'corrupt' | 'newer';

/** What reading stored data gave. */
export interface Migrated {
  /** State that is safe to use. */
  state: StoredState;
  /** Set when some or all of the stored data could not be used. */
  notice?: StorageNotice;
  /** How many stored interviews were left out because they could not be read. */
  dropped?: number;
  /** The version the data was migrated from, when it was older than `CURRENT_VERSION`. */
  migratedFrom?: number;
}

/** What a migration may need that is not in the data. */
export interface MigrationContext {
  /** The moment used for new timestamps. */
  now: Date;
  /** Makes a new id. */
  newId: () => string;
}

/** Turns data of one version into the next; returns undefined when the data does not fit. */
export type Migration = (data: Record<string, unknown>, context: MigrationContext) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Version 0 kept a single interview, listed interviewers by name only, stored "call me in N days"
// as a number, and keyed drafts `templateId:interviewerIndex` because there was only one interview.
/** Version 0 data in the shape it was written in, or null when it does not fit that shape. */
function readV0(data: Record<string, unknown>): {
  interview: Record<string, unknown> | null;
  you: unknown;
  drafts: Record<string, unknown>;
} | null {
  const { interview = null, you = {}, drafts = {} } = data;
  if (interview !== null && !isRecord(interview)) return null;
  if (!isRecord(drafts)) return null;
  const { interviewers, callBackInDays } = interview ?? {};
  const names = interviewers ?? [];
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) return null;
  if (callBackInDays != null && typeof callBackInDays !== 'number') return null;
  return { interview, you, drafts };
}

// Version 1 had no record of what happened after the follow-ups: no status, archive flag, reply
// date or feedback rating.

// Version 2 kept every optional field as text, '' for "not given": the time, the decision and reply
// dates, the feedback rating, and "call me in N days" as the digits typed. Version 3 leaves a field
// out when it is not given, and keeps the number of days as a number, as the timeline reads them.
const V2_OPTIONAL = ['interviewTime', 'decisionDate', 'callBackInDays', 'repliedOn', 'feedback'];

/** One interview of version 2 in the shape of version 3; anything unexpected is left for the check. */
function interviewV3(entry: unknown): unknown {
  if (!isRecord(entry)) return entry;
  const next: Record<string, unknown> = { ...entry };
  for (const field of V2_OPTIONAL) {
    const value = next[field];
    if (typeof value === 'string' && value.trim() === '') delete next[field];
  }
  const { interviewTime, callBackInDays } = next;
  if (typeof interviewTime === 'string') next['interviewTime'] = padClockTime(interviewTime.trim());
  if (typeof callBackInDays === 'string' && /^\s*\d+\s*$/.test(callBackInDays)) {
    next['callBackInDays'] = Number(callBackInDays);
  }
  return next;
}

/**
 * One migration per stored version, keyed by the version it upgrades from; `migrate` calls each
 * with data of exactly that version.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (data, { now, newId: makeId }) => {
    const parsed = readV0(data);
    if (!parsed) return undefined;
    const { interview, you, drafts } = parsed;
    if (!interview) {
      return { version: 1, activeId: null, interviews: [], you, drafts: {} };
    }
    const id = makeId();
    const stamp = now.toISOString();
    const {
      interviewers = [],
      callBackInDays,
      ...rest
    } = interview as {
      interviewers?: string[];
      callBackInDays?: number | null;
    };
    return {
      version: 1,
      activeId: id,
      interviews: [
        {
          ...rest,
          id,
          interviewers: interviewers.map((name) => ({
            name,
            title: '',
            greeting: '',
            email: '',
            timeZone: '',
          })),
          callBackInDays: typeof callBackInDays === 'number' ? String(callBackInDays) : '',
          holidays: [],
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
      you,
      drafts: Object.fromEntries(
        Object.entries(drafts).map(([key, draft]) => [`${id}:${key}`, draft]),
      ),
    };
  },
  1: (data) => {
    const interviews = data['interviews'];
    return {
      ...data,
      version: 2,
      // Anything that is not a list, or not an interview, is left for the check to salvage or drop.
      interviews: Array.isArray(interviews)
        ? interviews.map((entry: unknown) =>
            isRecord(entry)
              ? { status: 'waiting', archived: false, repliedOn: '', feedback: '', ...entry }
              : entry,
          )
        : interviews,
    };
  },
  2: (data) => {
    const interviews = data['interviews'];
    return {
      ...data,
      version: 3,
      interviews: Array.isArray(interviews) ? interviews.map(interviewV3) : interviews,
    };
  },
};

/** The interview to show: the stored one if it still exists, else the first, else none. */
function pickActive(activeId: unknown, interviews: readonly Interview[]): string | null {
  if (typeof activeId === 'string' && interviews.some(({ id }) => id === activeId)) return activeId;
  return interviews[0]?.id ?? null;
}

/** Keeps every part of current-version data that still validates, field by field; used when the whole does not. */
function salvage(data: Record<string, unknown>, now: Date): Migrated {
  const interviews: Interview[] = [];
  let dropped = 0;
  for (const entry of Array.isArray(data['interviews']) ? data['interviews'] : []) {
    const interview = salvageInterview(entry, now);
    if (interview && !interviews.some(({ id }) => id === interview.id)) {
      interviews.push(interview);
    } else {
      dropped += 1;
    }
  }
  const ids = new Set(interviews.map(({ id }) => id));
  const drafts: Record<string, Draft> = {};
  for (const [key, entry] of Object.entries(isRecord(data['drafts']) ? data['drafts'] : {})) {
    const result = DraftSchema.safeParse(entry);
    // A draft whose interview was left out has nothing to belong to.
    if (result.success && DRAFT_KEY.test(key) && ids.has(key.slice(0, key.indexOf(':')))) {
      drafts[key] = result.data;
    }
  }
  const you = YouSchema.safeParse(data['you']);
  return {
    state: {
      version: CURRENT_VERSION,
      activeId: pickActive(data['activeId'], interviews),
      interviews,
      you: you.success ? you.data : defaultState().you,
      drafts,
    },
    notice: 'corrupt',
    dropped,
  };
}

/** Checks current-version data; fixes a dangling active id quietly, salvages what it can otherwise. */
function check(data: Record<string, unknown>, now: Date): Migrated {
  const result = StoredStateSchema.safeParse(data);
  if (!result.success) return salvage(data, now);
  const { interviews } = result.data;
  if (new Set(interviews.map(({ id }) => id)).size !== interviews.length) return salvage(data, now);
  return { state: { ...result.data, activeId: pickActive(result.data.activeId, interviews) } };
}

/**
 * Reads stored data (JSON text or an already parsed value) into state that is safe to use.
 * Never throws: unreadable data gives defaults with `corrupt`, data from a later version gives
 * defaults with `newer`, older data is migrated step by step, and a partly broken list keeps the
 * interviews that still validate.
 */
export function migrate(
  raw: unknown,
  context: MigrationContext = { now: new Date(), newId },
): Migrated {
  const corrupt: Migrated = { state: defaultState(), notice: 'corrupt' };
  if (raw === undefined) return { state: defaultState() };
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return corrupt;
    }
  }
  if (!isRecord(data)) return corrupt;
  const version = data['version'];
  // A version written as digits ("2") is still that version: an edited file should not lose it all.
  const from = typeof version === 'string' && /^\d+$/.test(version) ? Number(version) : version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) return corrupt;
  if (from > CURRENT_VERSION) return { state: defaultState(), notice: 'newer' };

  let current: Record<string, unknown> = { ...data, version: from };
  for (let version = from; version < CURRENT_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return corrupt;
    let next: unknown;
    try {
      next = step(current, context);
    } catch {
      return corrupt;
    }
    if (!isRecord(next)) return corrupt;
    current = next;
  }
  const checked = check(current, context.now);
  return from < CURRENT_VERSION ? { ...checked, migratedFrom: from } : checked;
}
