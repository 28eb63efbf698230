import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_MESSAGES,
  MAX_BACKUP_BYTES,
  backupFileName,
  createBackup,
  describeSummary,
  serializeBackup,
  summarizeState,
} from '../../../src/lib/backup/index';
import {
  describeMerge,
  mergeBackup,
  readBackup,
  replaceWithBackup,
} from '../../../src/lib/backup/restore';
import { emptyInterview, type Interview } from '../../../src/lib/interview/index';
import {
  CURRENT_VERSION,
  StoredStateSchema,
  defaultState,
  type Draft,
  type StoredState,
} from '../../../src/lib/state/index';

const EARLY = '2026-03-10T10:00:00.000Z';
const LATE = '2026-03-12T10:00:00.000Z';

/** An interview that validates, changed last at `updatedAt`. */
function interview(id: string, updatedAt = EARLY, company = `Company ${id}`): Interview {
  return { ...emptyInterview(id, '2026-03-09', new Date(EARLY)), company, updatedAt };
}

function draft(body: string, updatedAt = EARLY): Draft {
  return { subject: 'Thank you', body, fields: {}, updatedAt };
}

/** A valid current-version state with the given parts. */
function state(parts: Partial<StoredState> = {}): StoredState {
  const base = defaultState();
  const interviews = parts.interviews ?? [];
  return {
    ...base,
    activeId: interviews[0]?.id ?? null,
    ...parts,
    interviews,
  };
}

/** The text of a backup file holding `data`. */
function file(data: unknown, envelope: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: LATE,
    data,
    ...envelope,
  });
}

const full = state({
  interviews: [interview('a'), interview('b')],
  activeId: 'b',
  you: { name: 'Alex Kim', email: 'alex@example.com', phone: '' },
  drafts: { 'a:thank-you-email:0': draft('Hi Dana,') },
});

describe('writing a backup', () => {
  it('labels the data with the format, its version and the moment it was made', () => {
    const backup = createBackup(full, new Date(LATE));
    expect(backup).toEqual({
      format: 'follow-up-backup',
      version: CURRENT_VERSION,
      exportedAt: LATE,
      data: full,
    });
    expect(JSON.parse(serializeBackup(backup))).toEqual(backup);
  });

  it('names the file after the local calendar date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('follow-up-backup-2026-01-05.json');
  });

  it('reads back exactly what it wrote', () => {
    const reading = readBackup(serializeBackup(createBackup(full, new Date(LATE))));
    expect(reading).toEqual({ ok: true, state: full, exportedAt: LATE });
  });

  it('reads back everything of a round: its debriefs, main contact, promise and next round', () => {
    const round: Interview = {
      ...interview('screen'),
      interviewers: [
        {
          name: 'Dana Rivera',
          title: 'Design lead',
          greeting: 'Ms. Rivera',
          email: 'dana@northwind.example',
          timeZone: 'America/Chicago',
          caredAbout: 'how fast new hires get up to speed',
          discussed: 'the clinic rollout',
          concern: 'my lack of healthcare work',
        },
      ],
      contact: { name: 'Priya Shah', greeting: 'Ms. Shah', email: 'p@x.io', timeZone: '' },
      promised: 'my portfolio and two references',
      promisedBy: '2026-03-13',
      status: 'next-round',
      nextRound: 'panel',
    };
    const kept = state({ interviews: [round, interview('panel')] });
    const reading = readBackup(serializeBackup(createBackup(kept, new Date(LATE))));
    expect(reading).toEqual({ ok: true, state: kept, exportedAt: LATE });
  });

  it('describes what a state holds in words', () => {
    expect(describeSummary(summarizeState(full))).toBe(
      '2 interviews, 1 message draft, and your details (name, email)',
    );
    expect(describeSummary(summarizeState(defaultState()))).toBe(
      '0 interviews, 0 message drafts, and none of your details',
    );
  });
});

describe('reading a backup file', () => {
  const valid = file(full);
  it.each([
    ['an empty file', '  ', 'empty'],
    ['text that is not JSON', 'Dear Dana, thank you', 'not-json'],
    ['a backup cut short', valid.slice(0, valid.length / 2), 'not-json'],
    ['JSON that is not an object', '[1, 2, 3]', 'foreign'],
    ['another program’s JSON', JSON.stringify({ name: 'my-app', version: 1 }), 'foreign'],
    ['a backup of another format', file(full, { format: 'other-backup' }), 'foreign'],
    ['a version written as text', file(full, { version: String(CURRENT_VERSION) }), 'invalid'],
    ['a negative version', file(full, { version: -1 }), 'invalid'],
    [
      'a backup from a newer version',
      file({ ...full, version: CURRENT_VERSION + 1 }, { version: CURRENT_VERSION + 1 }),
      'newer',
    ],
    ['a label and data that disagree on the version', file({ ...full, version: 0 }), 'invalid'],
    ['no data', file(undefined), 'invalid'],
    [
      'an interview that does not validate',
      file({ ...full, interviews: [{ id: 'x' }] }),
      'invalid',
    ],
    [
      'two interviews with one id',
      file({ ...full, interviews: [interview('a'), interview('a')] }),
      'invalid',
    ],
    ['a malformed draft key', file({ ...full, drafts: { nope: draft('x') } }), 'invalid'],
    ['a file over the size limit', ' '.repeat(MAX_BACKUP_BYTES + 1), 'too-large'],
  ])('refuses %s', (_, text, problem) => {
    const reading = readBackup(text);
    expect(reading).toMatchObject({ ok: false, problem });
    if (!reading.ok) expect(reading.message).toMatch(/Nothing here was changed\.$/);
  });

  it('says what to do in each message', () => {
    expect(BACKUP_MESSAGES.newer(9, 2)).toMatchInlineSnapshot(
      `"This backup comes from a newer version of Follow-up (data version 9; this page reads up to version 2). Reload this page to get the newest version of the site, then import the file again. Nothing here was changed."`,
    );
    expect(BACKUP_MESSAGES.tooLarge(7.5 * 1024 * 1024)).toMatchInlineSnapshot(
      `"This file is 7.5 MB, larger than any Follow-up backup can be (the limit is 5.0 MB). Choose the .json file that “Export everything” saved. Nothing here was changed."`,
    );
  });

  it('migrates a backup from the first version of the site', () => {
    const old = {
      version: 0,
      interview: {
        company: 'Acme',
        role: 'Designer',
        interviewDate: '2026-03-09',
        interviewTime: '',
        format: 'video',
        interviewers: ['Dana Whitfield'],
        decisionDate: '',
        callBackInDays: null,
        handwrittenNote: false,
        phoneFollowUp: false,
        done: {},
      },
      you: { name: 'Alex Kim', email: '', phone: '' },
      drafts: {},
    };
    const reading = readBackup(file(old, { version: 0 }), {
      now: new Date(EARLY),
      newId: () => 'migrated',
    });
    expect(reading).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!reading.ok) return;
    expect(StoredStateSchema.safeParse(reading.state).success).toBe(true);
    expect(reading.state.version).toBe(CURRENT_VERSION);
    expect(reading.state.activeId).toBe('migrated');
    expect(reading.state.interviews[0]).toMatchObject({
      company: 'Acme',
      interviewers: [{ name: 'Dana Whitfield' }],
    });
  });

  it('leaves out an export time that is not a time', () => {
    const reading = readBackup(file(full, { exportedAt: 'yesterday' }));
    expect(reading).toEqual({ ok: true, state: full });
  });
});

describe('replacing with a backup', () => {
  it('gives exactly the backup', () => {
    expect(replaceWithBackup(full)).toEqual(full);
  });

  it('points the active id at an interview and drops drafts of interviews that do not exist', () => {
    const backup = state({
      interviews: [interview('a')],
      activeId: null,
      drafts: { 'a:check-in:0': draft('keep'), 'gone:check-in:0': draft('drop') },
    });
    expect(replaceWithBackup(backup)).toEqual({
      ...backup,
      activeId: 'a',
      drafts: { 'a:check-in:0': draft('keep') },
    });
  });
});

describe('merging a backup', () => {
  const you = (name = '', email = '', phone = '') => ({ name, email, phone });

  describe.each([
    {
      name: 'into an empty browser takes everything from the backup',
      current: state(),
      backup: full,
      expected: full,
      counts: { added: 2, updated: 0, drafts: 1, you: ['name', 'email'] },
    },
    {
      name: 'an empty backup changes nothing',
      current: full,
      backup: state(),
      expected: full,
      counts: { added: 0, updated: 0, drafts: 0, you: [] },
    },
    {
      name: 'adds interviews that are not here, after the ones that are, keeping the active one',
      current: state({ interviews: [interview('a')], activeId: 'a' }),
      backup: state({ interviews: [interview('b'), interview('c')], activeId: 'c' }),
      expected: state({
        interviews: [interview('a'), interview('b'), interview('c')],
        activeId: 'a',
      }),
      counts: { added: 2, updated: 0, drafts: 0, you: [] },
    },
    {
      name: 'keeps the later copy of an interview that is in both, in its place here',
      current: state({
        interviews: [interview('a', EARLY, 'Old'), interview('b', LATE, 'Mine')],
      }),
      backup: state({
        interviews: [interview('b', EARLY, 'Theirs'), interview('a', LATE, 'New')],
      }),
      expected: state({
        interviews: [interview('a', LATE, 'New'), interview('b', LATE, 'Mine')],
      }),
      counts: { added: 0, updated: 1, drafts: 0, you: [] },
    },
    {
      name: 'keeps this copy when both were changed at the same moment',
      current: state({ interviews: [interview('a', EARLY, 'Mine')] }),
      backup: state({ interviews: [interview('a', EARLY, 'Theirs')] }),
      expected: state({ interviews: [interview('a', EARLY, 'Mine')] }),
      counts: { added: 0, updated: 0, drafts: 0, you: [] },
    },
    {
      name: 'merges drafts by key and keeps the later one',
      current: state({
        interviews: [interview('a')],
        drafts: { 'a:check-in:0': draft('mine, later', LATE), 'a:thank-you-email:0': draft('old') },
      }),
      backup: state({
        interviews: [interview('a')],
        drafts: {
          'a:check-in:0': draft('theirs, earlier'),
          'a:thank-you-email:0': draft('new', LATE),
          'a:linkedin-note:0': draft('only theirs'),
        },
      }),
      expected: state({
        interviews: [interview('a')],
        drafts: {
          'a:check-in:0': draft('mine, later', LATE),
          'a:thank-you-email:0': draft('new', LATE),
          'a:linkedin-note:0': draft('only theirs'),
        },
      }),
      counts: { added: 0, updated: 0, drafts: 2, you: [] },
    },
    {
      name: 'drops drafts of interviews that do not exist',
      current: state({ interviews: [interview('a')] }),
      backup: state({
        interviews: [interview('b')],
        drafts: { 'b:check-in:0': draft('keep'), 'gone:check-in:0': draft('drop') },
      }),
      expected: state({
        interviews: [interview('a'), interview('b')],
        drafts: { 'b:check-in:0': draft('keep') },
      }),
      counts: { added: 1, updated: 0, drafts: 1, you: [] },
    },
    {
      name: 'keeps your details and fills only the empty ones',
      current: state({ you: you('Alex Kim', ' ', '') }),
      backup: state({ you: you('Alexandra Kim', 'alex@example.com', '') }),
      expected: state({ you: you('Alex Kim', 'alex@example.com', '') }),
      counts: { added: 0, updated: 0, drafts: 0, you: ['email'] },
    },
    {
      name: 'takes the backup’s active interview when none is active here',
      current: state(),
      backup: state({ interviews: [interview('a'), interview('b')], activeId: 'b' }),
      expected: state({ interviews: [interview('a'), interview('b')], activeId: 'b' }),
      counts: { added: 2, updated: 0, drafts: 0, you: [] },
    },
  ])('$name', ({ current, backup, expected, counts }) => {
    const outcome = mergeBackup(current, backup);

    it('gives the expected state, which validates', () => {
      expect(outcome.state).toEqual(expected);
      expect(StoredStateSchema.safeParse(outcome.state).success).toBe(true);
      expect(outcome).toMatchObject(counts);
    });

    it('changes nothing when the same backup is merged again', () => {
      const again = mergeBackup(outcome.state, backup);
      expect(again.state).toBe(outcome.state);
      expect(again).toMatchObject({ added: 0, updated: 0, drafts: 0, you: [] });
    });
  });

  it('returns the current state itself when nothing changes', () => {
    expect(mergeBackup(full, full).state).toBe(full);
  });

  it('says what it did in words', () => {
    expect(describeMerge({ added: 1, updated: 2, drafts: 3, you: ['name', 'email'] })).toBe(
      'Backup merged: 1 interview added, 2 interviews brought up to date, 3 message drafts added or updated, and your name and email filled in.',
    );
    expect(describeMerge({ added: 0, updated: 0, drafts: 0, you: [] })).toBe(
      'Nothing to merge: everything in this backup is already here.',
    );
  });
});
