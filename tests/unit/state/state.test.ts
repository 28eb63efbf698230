import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Interview } from '../../../src/lib/interview/index';
import { emptyInterview } from '../../../src/lib/interview/index';
// Pure functions, imported once; the store itself is loaded afresh per test by `boot`.
import {
  checkForm,
  formFromInterview,
  formToDraft,
  type InterviewDetails,
} from '../../../src/lib/interview';
import {
  CURRENT_VERSION,
  MIGRATIONS,
  StoredStateSchema,
  migrate,
} from '../../../src/lib/state/index';
import { interviewer } from '../people';

type StateModule = typeof import('../../../src/lib/state/index');

const KEY = 'follow-up';
const CREATED = new Date(2026, 2, 10, 15, 0);

/** An in-memory `Storage` whose writes can be made to fail the way browsers fail. */
class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  failWrites: (() => Error) | null = null;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, value);
  }
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw this.failWrites();
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

interface Boot {
  state: StateModule;
  storage: FakeStorage;
  window: EventTarget;
}

/** Loads the state module afresh, as a page load would, with the given browser storage. */
async function boot(
  storage: FakeStorage | 'blocked' = new FakeStorage(),
): Promise<Boot & { storage: FakeStorage }> {
  vi.resetModules();
  const window = new EventTarget();
  vi.stubGlobal('window', window);
  if (storage === 'blocked') {
    // Chrome with site data blocked: merely reading window.localStorage throws.
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw securityError();
      },
    });
  } else {
    vi.stubGlobal('localStorage', storage);
  }
  const state = await import('../../../src/lib/state/index');
  return { state, storage: storage === 'blocked' ? new FakeStorage() : storage, window };
}

/** What another tab writing to localStorage looks like to this one. */
function otherTabWrites(window: EventTarget, newValue: string | null) {
  window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue }));
}

/** Keeps the store mounted, as an island on the page would. */
function mount(state: StateModule) {
  return state.$state.listen(() => {});
}

function interview(id: string, overrides: Partial<Interview> = {}): Interview {
  return { ...emptyInterview(id, '2026-03-10', CREATED), company: `Company ${id}`, ...overrides };
}

/** Saved data of the current version, as this code writes it. */
function stored(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: CURRENT_VERSION,
    activeId: 'a',
    interviews: [interview('a')],
    you: { name: 'Alex Kim', email: 'alex@example.com', phone: '555-0100' },
    drafts: {},
    ...overrides,
  });
}

/** An interview as version 2 saved it: every optional field as text, '' when not given. */
function interviewV2(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...interview(id),
    interviewTime: '',
    decisionDate: '',
    callBackInDays: '',
    repliedOn: '',
    feedback: '',
    ...overrides,
  };
}

/** An interview as version 1 saved it: as version 2, without status, archive flag, reply date or feedback. */
function interviewV1(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const added = ['status', 'archived', 'repliedOn', 'feedback'];
  const kept = Object.entries(interviewV2(id)).filter(([key]) => !added.includes(key));
  return { ...Object.fromEntries(kept), ...overrides };
}

/** Saved data of version 1. */
function storedV1(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 1,
    activeId: 'a',
    interviews: [interviewV1('a')],
    you: { name: 'Alex Kim', email: 'alex@example.com', phone: '555-0100' },
    drafts: {},
    ...overrides,
  });
}

/** The details a filled-in form gives, checked as the form checks them. */
function details(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  const {
    company,
    role,
    interviewDate,
    format,
    interviewers,
    handwrittenNote,
    phoneFollowUp,
    holidays,
  } = interview('stray');
  return {
    company,
    role,
    interviewDate,
    format,
    interviewers,
    handwrittenNote,
    phoneFollowUp,
    holidays,
    ...overrides,
    ...(overrides.company === undefined ? { company: 'Northwind Traders' } : {}),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, 'localStorage');
  // A store read outside a listener stays mounted for a moment after the test; when it lets go
  // it removes its window listeners, so a window must still be there.
  vi.stubGlobal('window', new EventTarget());
});

describe('loading saved state', () => {
  it('starts a first visit from the defaults and saves nothing until you change something', async () => {
    const { state, storage } = await boot();
    const stop = mount(state);
    expect(state.$state.get()).toEqual(state.DEFAULT_STATE);
    expect(state.$activeInterview.get()).toBeNull();
    expect(state.$storageStatus.get()).toBe('ok');
    expect(state.$storageNotice.get()).toBeNull();
    expect(storage.data.has(KEY)).toBe(false);
    stop();
  });

  it('brings back everything you saved after a reload', async () => {
    const first = await boot();
    const id = first.state.addInterview({ company: 'Northwind Traders' });
    first.state.setYou({ name: 'Alex Kim' });
    first.state.saveDraft(first.state.draftKey(id, 'thank-you-email', 0), {
      subject: 'Thank you',
      body: 'Dear Dana,',
      fields: { company: 'Northwind Traders' },
    });
    const saved = first.state.$state.get();

    const second = await boot(first.storage);
    expect(second.state.$state.get()).toEqual(saved);
    expect(second.state.$activeInterview.get()?.company).toBe('Northwind Traders');
    expect(second.state.getDraft(`${id}:thank-you-email:0`)?.body).toBe('Dear Dana,');
    expect(second.state.$storageNotice.get()).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['JSON that is not an object', '42'],
    ['an object without a version', '{"interviews":[]}'],
    ['a version that was never used', '{"version":-1}'],
    ['a list of interviews that is not a list', stored({ interviews: 'lots' })],
  ])('falls back to the defaults with a notice when it finds %s', async (_, raw) => {
    const { state, storage } = await boot(new FakeStorage({ [KEY]: raw }));
    const stop = mount(state);
    expect(state.$interviews.get()).toEqual([]);
    expect(state.$storageNotice.get()).toBe('corrupt');
    // Left as it was until the person changes something.
    expect(storage.data.get(KEY)).toBe(raw);
    stop();
  });

  it('keeps the interviews that still read correctly and drops the broken ones', async () => {
    const raw = stored({
      activeId: 'b',
      interviews: [
        interview('a'),
        { ...interview('b'), interviewDate: 'next Tuesday' },
        interview('c'),
        interview('a', { company: 'A duplicate' }),
      ],
      drafts: {
        'a:thank-you-email:0': { subject: 'S', body: 'B', fields: {}, updatedAt: 'x' },
        'b:thank-you-email:0': { subject: 'S', body: 'B', fields: {}, updatedAt: 'x' },
      },
    });
    const { state } = await boot(new FakeStorage({ [KEY]: raw }));
    expect(state.$interviews.get().map(({ id, company }) => [id, company])).toEqual([
      ['a', 'Company a'],
      ['c', 'Company c'],
    ]);
    expect(state.$activeInterview.get()?.id).toBe('a');
    expect(Object.keys(state.$state.get().drafts)).toEqual(['a:thank-you-email:0']);
    expect(state.$you.get().name).toBe('Alex Kim');
    expect(state.$storageNotice.get()).toBe('corrupt');
    expect(state.migrate(raw).dropped).toBe(2);
  });

  it('leaves data from a newer version alone until you change something', async () => {
    const raw = JSON.stringify({ version: CURRENT_VERSION + 1, everything: ['new'] });
    const { state, storage } = await boot(new FakeStorage({ [KEY]: raw }));
    const stop = mount(state);
    expect(state.$state.get()).toEqual(state.DEFAULT_STATE);
    expect(state.$storageNotice.get()).toBe('newer');
    expect(storage.data.get(KEY)).toBe(raw);

    state.setYou({ name: 'Alex Kim' });
    expect(JSON.parse(storage.data.get(KEY) ?? '')).toMatchObject({
      version: CURRENT_VERSION,
      you: { name: 'Alex Kim' },
    });
    expect(state.$storageNotice.get()).toBeNull();
    stop();
  });

  it.each([
    ['the page mounts after another tab saved', 'mount'],
    ['the page comes back from the back-forward cache', 'pageshow'],
  ])('does not overwrite newer data it finds when %s', async (_, moment) => {
    const { state, storage, window } = await boot(new FakeStorage({ [KEY]: stored() }));
    const stop = moment === 'pageshow' ? mount(state) : () => {};
    const newer = JSON.stringify({ version: CURRENT_VERSION + 1, everything: ['new'] });
    storage.data.set(KEY, newer);
    const unmount = moment === 'mount' ? mount(state) : () => {};
    if (moment === 'pageshow') window.dispatchEvent(new Event('pageshow'));
    expect(state.$storageNotice.get()).toBe('newer');
    expect(state.$interviews.get()).toEqual([]);
    expect(storage.data.get(KEY)).toBe(newer);
    stop();
    unmount();
  });

  it('moves data saved by version 0 (a single interview) into the list, and saves it at once', async () => {
    const v0 = {
      version: 0,
      interview: {
        company: 'Northwind Traders',
        role: 'Product designer',
        interviewDate: '2026-03-10',
        interviewTime: '14:00',
        format: 'panel',
        interviewers: ['Dana Whitfield', 'Sam Ortiz'],
        decisionDate: '',
        callBackInDays: 4,
        handwrittenNote: true,
        phoneFollowUp: false,
        done: { 'thank-you': '2026-03-10' },
      },
      you: { name: 'Alex Kim', email: '', phone: '' },
      drafts: {
        'thank-you-email:1': { subject: 'S', body: 'Dear Sam,', fields: {}, updatedAt: 'x' },
      },
    };
    const { state, storage } = await boot(new FakeStorage({ [KEY]: JSON.stringify(v0) }));
    const [moved] = state.$interviews.get();
    expect(moved).toMatchObject({
      company: 'Northwind Traders',
      format: 'panel',
      interviewers: [interviewer('Dana Whitfield'), interviewer('Sam Ortiz')],
      callBackInDays: 4,
      holidays: [],
      done: { 'thank-you': '2026-03-10' },
    });
    expect(moved).not.toHaveProperty('decisionDate');
    const id = moved?.id ?? '';
    expect(state.$activeInterview.get()?.id).toBe(id);
    expect(state.getDraft(`${id}:thank-you-email:1`)?.body).toBe('Dear Sam,');
    expect(state.$storageNotice.get()).toBeNull();
    expect(JSON.parse(storage.data.get(KEY) ?? '')).toMatchObject({
      version: CURRENT_VERSION,
      activeId: id,
    });

    const again = await boot(storage);
    expect(again.state.$activeInterview.get()?.id).toBe(id);
  });

  it('moves data saved by version 1 up to the current version, keeps everything, and saves it at once', async () => {
    const raw = storedV1({
      activeId: 'b',
      interviews: [
        interviewV1('a', { done: { 'thank-you': '2026-03-10', 'check-in': '2026-03-17' } }),
        interviewV1('b', { role: 'Product designer', decisionDate: '2026-03-20' }),
      ],
      drafts: {
        'a:check-in:0': { subject: 'Checking in', body: 'Hi Dana,', fields: {}, updatedAt: 'x' },
      },
    });
    const { state, storage } = await boot(new FakeStorage({ [KEY]: raw }));
    const before = JSON.parse(raw) as { interviews: Record<string, unknown>[] };
    const news = { status: 'waiting', archived: false };
    // Version 3 leaves a field out when it is not given, rather than keeping it as ''.
    const optional = ['interviewTime', 'decisionDate', 'callBackInDays'];
    const given = (old: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(old).filter(([key, value]) => !optional.includes(key) || value !== ''),
      );
    expect(state.$interviews.get()).toEqual(
      before.interviews.map((old) => ({ ...given(old), ...news })),
    );
    expect(state.$activeInterview.get()?.id).toBe('b');
    expect(state.$you.get()).toEqual({
      name: 'Alex Kim',
      email: 'alex@example.com',
      phone: '555-0100',
    });
    expect(state.getDraft('a:check-in:0')?.body).toBe('Hi Dana,');
    expect(state.$storageNotice.get()).toBeNull();
    expect(JSON.parse(storage.data.get(KEY) ?? '')).toMatchObject({
      version: CURRENT_VERSION,
      interviews: [news, news],
    });
  });

  it('moves data saved by version 2 up: empty fields left out, the day count a number', async () => {
    const raw = JSON.stringify({
      version: 2,
      activeId: 'a',
      interviews: [
        interviewV2('a', { interviewTime: '9:30', callBackInDays: '4', repliedOn: '2026-03-12' }),
        interviewV2('b', { feedback: 'useful', decisionDate: '2026-03-20' }),
      ],
      you: { name: 'Alex Kim', email: '', phone: '' },
      drafts: {},
    });
    const { state } = await boot(new FakeStorage({ [KEY]: raw }));
    const [a, b] = state.$interviews.get();
    expect(a).toMatchObject({ interviewTime: '09:30', callBackInDays: 4, repliedOn: '2026-03-12' });
    expect(a).not.toHaveProperty('decisionDate');
    expect(a).not.toHaveProperty('feedback');
    expect(b).toMatchObject({ feedback: 'useful', decisionDate: '2026-03-20' });
    expect(b).not.toHaveProperty('interviewTime');
    expect(b).not.toHaveProperty('callBackInDays');
    expect(state.$storageNotice.get()).toBeNull();
  });
});

describe('migrate', () => {
  const context = { now: CREATED, newId: () => 'migrated' };

  it.each([
    ['nothing stored', undefined, undefined],
    ['current data', stored(), undefined],
    ['already parsed current data', JSON.parse(stored()), undefined],
    ['broken JSON', '{', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['a version written as text', '{"version":"1"}', 'corrupt'],
    ['a later version', '{"version":7}', 'newer'],
    ['version 0 with no interview yet', '{"version":0,"interview":null}', undefined],
    ['version 0 that does not fit its own shape', '{"version":0,"interview":[]}', 'corrupt'],
    ['version 1 data', storedV1(), undefined],
    ['version 1 with an interview that cannot be read', storedV1({ interviews: [42] }), 'corrupt'],
    [
      'version 1 whose list of interviews is not a list',
      storedV1({ interviews: 'lots' }),
      'corrupt',
    ],
    [
      'version 1 with a status it never had',
      storedV1({ interviews: [interviewV1('a', { status: 'hired' })] }),
      'corrupt',
    ],
    ['broken version 1 text', '{"version":1,"interviews":[', 'corrupt'],
    ['data from the next version', JSON.stringify({ version: CURRENT_VERSION + 1 }), 'newer'],
  ])('reads %s with notice %s', (_, raw, notice) => {
    const result = migrate(raw);
    expect(result.notice).toBe(notice);
    expect(StoredStateSchema.safeParse(result.state).success).toBe(true);
  });

  it('reads an interview saved before debriefs and rounds as it was, with empty notes and no next round', () => {
    const before = {
      ...interview('a'),
      interviewers: [{ name: 'Dana Rivera', title: '', greeting: '', email: '', timeZone: '' }],
    };
    const result = migrate(stored({ interviews: [before] }));
    expect(result.notice).toBeUndefined();
    const [read] = result.state.interviews;
    expect(read).toEqual({
      ...before,
      interviewers: [{ ...before.interviewers[0], caredAbout: '', discussed: '', concern: '' }],
    });
    expect(read).not.toHaveProperty('nextRound');
  });

  it('reads an interview saved before promises with none, and keeps a promise once saved', () => {
    const [before] = migrate(stored({ interviews: [interview('a')] })).state.interviews;
    expect(before).not.toHaveProperty('promised');
    expect(before).not.toHaveProperty('promisedBy');
    const promising = { ...interview('a'), promised: 'two references', promisedBy: '2026-11-27' };
    const result = migrate(stored({ interviews: [promising] }));
    expect(result.notice).toBeUndefined();
    expect(result.state.interviews).toEqual([promising]);
  });

  it('reads a version written as digits as that version, keeping every interview', () => {
    const result = migrate(stored({ version: String(CURRENT_VERSION) }));
    expect(result.notice).toBeUndefined();
    expect(result.state.interviews.map(({ id }) => id)).toEqual(['a']);
    const older = migrate(JSON.stringify({ ...JSON.parse(storedV1()), version: '1' }));
    expect(older.notice).toBeUndefined();
    expect(older.migratedFrom).toBe(1);
    expect(older.state.interviews.map(({ id }) => id)).toEqual(['a']);
  });

  describe('an interview with one field that cannot be read keeps everything else', () => {
    const twentyOne = Array.from({ length: 21 }, (_, i) => interviewer(`Person ${i + 1}`));
    it.each<[string, Record<string, unknown>, Partial<Interview>]>([
      [
        '21 interviewers: the first 20 stay',
        { interviewers: twentyOne },
        { interviewers: twentyOne.slice(0, 20) },
      ],
      [
        'one broken interviewer among good ones',
        { interviewers: [{ name: 'Dana' }, { name: 7 }, { name: 'Sam', email: 'sam@x.io' }] },
        {
          interviewers: [interviewer('Dana'), interviewer('Sam', { email: 'sam@x.io' })],
        },
      ],
      [
        'an interviewer whose email address does not read: the rest of them stays',
        {
          interviewers: [
            { ...interviewer('Dana', { discussed: 'the clinic rollout' }), email: 'dana at x' },
          ],
        },
        { interviewers: [interviewer('Dana', { discussed: 'the clinic rollout' })] },
      ],
      [
        'a main contact whose email address does not read: their name and greeting stay',
        { contact: { name: 'Priya Shah', greeting: 'Ms. Shah', email: 42 } },
        { contact: { name: 'Priya Shah', greeting: 'Ms. Shah', email: '', timeZone: '' } },
      ],
      ['a decision date in year 9999', { decisionDate: '9999-12-31' }, { decisionDate: undefined }],
      [
        'a decision date before the interview',
        { decisionDate: '2026-03-01' },
        { decisionDate: undefined },
      ],
      ['a time that is not a time', { interviewTime: 'noon' }, { interviewTime: undefined }],
      ['a status it never had', { status: 'hired' }, { status: 'waiting' }],
      [
        'a list of holidays with one bad day',
        { holidays: ['2026-03-12', '2026-02-30'] },
        { holidays: ['2026-03-12'] },
      ],
      [
        'a tick with a date that is no date',
        { done: { 'thank-you': '2026-03-10', 'check-in': 'later' } },
        { done: { 'thank-you': '2026-03-10' } },
      ],
      ['a company name of 500 characters', { company: 'x'.repeat(500) }, { company: '' }],
      [
        'a promised date that is no date: the promise goes whole',
        { promised: 'two references', promisedBy: 'Friday' },
        { promised: undefined, promisedBy: undefined },
      ],
      [
        'a promise of 500 characters: the promise goes whole',
        { promised: 'x'.repeat(500), promisedBy: '2026-03-13' },
        { promised: undefined, promisedBy: undefined },
      ],
    ])('%s', (_, broken, expected) => {
      const result = migrate(
        stored({
          interviews: [interview('a', { role: 'Analyst', ...broken })],
        }),
        context,
      );
      expect(result).toMatchObject({ notice: 'corrupt', dropped: 0 });
      const [kept] = result.state.interviews;
      const entries = Object.entries(expected);
      expect(kept).toMatchObject({
        id: 'a',
        company: 'Company a',
        role: 'Analyst',
        ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)),
      });
      // A field expected as undefined is left out altogether.
      for (const [field] of entries.filter(([, value]) => value === undefined)) {
        expect(kept).not.toHaveProperty(field);
      }
    });

    it('gives up only an interview whose id or interview date cannot be read', () => {
      const result = migrate(
        stored({
          interviews: [
            interview('a'),
            { ...interview('b'), interviewDate: '9999-12-31' },
            { ...interview('c'), id: '' },
          ],
        }),
      );
      expect(result).toMatchObject({ notice: 'corrupt', dropped: 2 });
      expect(result.state.interviews.map(({ id }) => id)).toEqual(['a']);
    });

    it('stamps an interview whose time stamps cannot be read with the time it was repaired', () => {
      const result = migrate(
        stored({ interviews: [{ ...interview('a'), createdAt: 'then' }] }),
        context,
      );
      expect(result.state.interviews[0]?.createdAt).toBe(CREATED.toISOString());
    });
  });

  it('points the active id at an interview that exists', () => {
    expect(migrate(stored({ activeId: 'gone' })).state.activeId).toBe('a');
    expect(migrate(stored({ activeId: null, interviews: [] })).state.activeId).toBeNull();
  });

  it('keeps a version 1 interview that still reads and drops a broken one, with a notice', () => {
    const result = migrate(
      storedV1({ interviews: [interviewV1('a'), interviewV1('b', { interviewDate: 'soon' })] }),
    );
    expect(result).toMatchObject({ notice: 'corrupt', dropped: 1, migratedFrom: 1 });
    expect(result.state.interviews.map(({ id, status }) => [id, status])).toEqual([
      ['a', 'waiting'],
    ]);
  });

  it('runs each step of the migration table in turn', () => {
    const result = migrate({ version: 0, interview: { interviewDate: '2026-03-10' } }, context);
    expect(result).toMatchObject({
      migratedFrom: 0,
      state: { version: CURRENT_VERSION, activeId: 'migrated', interviews: [{ id: 'migrated' }] },
    });
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([0, 1, 2]);
  });
});

describe('when the browser will not store anything', () => {
  it.each([
    ['reading localStorage throws a SecurityError', 'blocked' as const],
    [
      'every write fails and nothing is stored (private mode)',
      Object.assign(new FakeStorage(), { failWrites: quotaError }),
    ],
    [
      'every write throws a SecurityError',
      Object.assign(new FakeStorage(), { failWrites: securityError }),
    ],
  ])('keeps working in memory when %s', async (_, storage) => {
    const { state, window } = await boot(storage);
    const stop = mount(state);
    expect(state.$storageStatus.get()).toBe('memory');
    const id = state.addInterview({ company: 'Northwind Traders' });
    expect(state.$activeInterview.get()?.company).toBe('Northwind Traders');
    expect(state.toggleStepDone(id, 'thank-you', '2026-03-10')).toBe(true);
    // Coming back from the back-forward cache re-reads storage; the memory copy must win.
    window.dispatchEvent(new Event('pageshow'));
    expect(state.$activeInterview.get()?.done).toEqual({ 'thank-you': '2026-03-10' });
    state.eraseAll();
    expect(state.$interviews.get()).toEqual([]);
    expect(state.$storageStatus.get()).toBe('memory');
    stop();
  });

  it('reports a full storage, keeps the change in memory, and recovers when a save fits again', async () => {
    const { state, storage, window } = await boot(new FakeStorage({ [KEY]: stored() }));
    const stop = mount(state);
    storage.failWrites = quotaError;
    state.setYou({ name: 'Alex Kim-Lee' });
    expect(state.$storageStatus.get()).toBe('full');
    window.dispatchEvent(new Event('pageshow'));
    expect(state.$you.get().name).toBe('Alex Kim-Lee');
    expect(JSON.parse(storage.data.get(KEY) ?? '').you.name).toBe('Alex Kim');

    storage.failWrites = null;
    state.setYou({ phone: '555-0199' });
    expect(state.$storageStatus.get()).toBe('ok');
    expect(JSON.parse(storage.data.get(KEY) ?? '').you).toMatchObject({
      name: 'Alex Kim-Lee',
      phone: '555-0199',
    });
    stop();
  });

  it('starts as full when the storage already holds data and has no room left', async () => {
    const storage = Object.assign(new FakeStorage({ [KEY]: stored() }), {
      failWrites: quotaError,
    });
    const { state } = await boot(storage);
    expect(state.$storageStatus.get()).toBe('full');
    expect(state.$you.get().name).toBe('Alex Kim');
  });
});

describe('stored data that cannot be read', () => {
  it('is kept aside exactly as found, outlives the next change, and goes only when discarded', async () => {
    const broken = '{"version":3,"interviews":[{"id":"a"';
    const { state, storage } = await boot(new FakeStorage({ [KEY]: broken }));
    expect(state.$storageNotice.get()).toBe('corrupt');
    expect(storage.data.get('follow-up:unreadable')).toBe(broken);
    expect(state.$unreadableCopy.get()).toBe(broken);

    state.setYou({ name: 'Alex' });
    expect(JSON.parse(storage.data.get(KEY) ?? '{}')).toMatchObject({ you: { name: 'Alex' } });
    expect(storage.data.get('follow-up:unreadable')).toBe(broken);

    const again = await boot(storage);
    expect(again.state.$unreadableCopy.get()).toBe(broken);
    again.state.discardUnreadableCopy();
    expect(storage.data.has('follow-up:unreadable')).toBe(false);
    expect(again.state.$unreadableCopy.get()).toBeNull();
  });

  it('keeps data from a newer version aside too, before a change here replaces it', async () => {
    const newer = JSON.stringify({ version: CURRENT_VERSION + 1, interviews: [{ id: 'n' }] });
    const { state, storage } = await boot(new FakeStorage({ [KEY]: newer }));
    expect(state.$storageNotice.get()).toBe('newer');
    state.setYou({ name: 'Alex' });
    expect(storage.data.get('follow-up:unreadable')).toBe(newer);
  });
});

describe('other tabs', () => {
  it('shows a change saved in another tab', async () => {
    const { state, window } = await boot(new FakeStorage({ [KEY]: stored() }));
    const stop = mount(state);
    otherTabWrites(window, stored({ you: { name: 'Sam', email: '', phone: '' } }));
    expect(state.$you.get().name).toBe('Sam');
    stop();
  });

  it('checks what another tab saved, like anything else read from storage', async () => {
    const { state, window } = await boot(new FakeStorage({ [KEY]: stored() }));
    const stop = mount(state);
    otherTabWrites(window, 'not json');
    expect(state.$interviews.get()).toEqual([]);
    expect(state.$storageNotice.get()).toBe('corrupt');
    stop();
  });

  it('starts afresh when another tab erases everything', async () => {
    const { state, window } = await boot(new FakeStorage({ [KEY]: stored() }));
    const stop = mount(state);
    otherTabWrites(window, null);
    expect(state.$state.get()).toEqual(state.DEFAULT_STATE);
    stop();
  });
});

describe('two tabs at once', () => {
  /** Two saved interviews, `a` active; each test's own tab has its own session storage. */
  async function twoInterviews() {
    vi.stubGlobal('sessionStorage', new FakeStorage());
    return boot(
      new FakeStorage({ [KEY]: stored({ interviews: [interview('a'), interview('b')] }) }),
    );
  }

  it('keeps showing the interview this tab chose when another tab chooses another', async () => {
    const { state, window } = await twoInterviews();
    const stop = mount(state);
    state.setActiveInterview('b');
    otherTabWrites(window, stored({ activeId: 'a', interviews: [interview('a'), interview('b')] }));
    expect(state.$activeInterview.get()?.id).toBe('b');
    stop();
  });

  it('remembers this tab’s choice over a reload, while a new tab starts with the last one chosen', async () => {
    const { state } = await twoInterviews();
    state.setActiveInterview('b');
    expect(state.$tabInterviewId.get()).toBe('b');
    const tab = globalThis.sessionStorage;
    const { storage } = await boot(
      new FakeStorage({
        [KEY]: stored({ activeId: 'a', interviews: [interview('a'), interview('b')] }),
      }),
    );
    // The same tab reloaded: its session storage still names b.
    vi.stubGlobal('sessionStorage', tab);
    const reloaded = await boot(storage);
    expect(reloaded.state.$activeInterview.get()?.id).toBe('b');
    // A new tab: nothing of its own yet.
    vi.stubGlobal('sessionStorage', new FakeStorage());
    const fresh = await boot(storage);
    expect(fresh.state.$activeInterview.get()?.id).toBe('a');
  });

  it('falls back to another interview when the one shown is deleted in another tab', async () => {
    const { state, window } = await twoInterviews();
    const stop = mount(state);
    state.setActiveInterview('b');
    otherTabWrites(window, stored({ activeId: 'a', interviews: [interview('a')] }));
    expect(state.$activeInterview.get()?.id).toBe('a');
    stop();
  });

  it('applies a change to what another tab saved a moment ago, not to its own older copy', async () => {
    const { state, storage } = await twoInterviews();
    const stop = mount(state);
    // The other tab saved, and its storage event has not arrived yet.
    storage.data.set(KEY, stored({ interviews: [interview('a'), interview('b'), interview('c')] }));
    state.setStatus('a', 'offer');
    expect(state.$interviews.get().map(({ id, status }) => [id, status])).toEqual([
      ['a', 'offer'],
      ['b', 'waiting'],
      ['c', 'waiting'],
    ]);
    stop();
  });

  it('writes only the fields this tab changed when another tab changed others meanwhile', async () => {
    const { state, storage } = await twoInterviews();
    const stop = mount(state);
    const seen = state.$interviews.get()[0] as Interview;
    storage.data.set(
      KEY,
      stored({
        interviews: [interview('a', { role: 'Analyst (from the other tab)' }), interview('b')],
      }),
    );
    state.saveInterview('a', details({ company: 'Typed here' }), seen);
    expect(state.$interviews.get()[0]).toMatchObject({
      company: 'Typed here',
      role: 'Analyst (from the other tab)',
    });
    stop();
  });

  it('counts an erasure made in another tab, so typing from before it is not written back', async () => {
    const { state, window } = await twoInterviews();
    const stop = mount(state);
    expect(state.erasureCount()).toBe(0);
    otherTabWrites(window, null);
    expect(state.erasureCount()).toBe(1);
    stop();
  });
});

describe('keeping data for weeks', () => {
  it('asks the browser once, on the first save, to keep the site’s data', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(false), persist } });
    const { state } = await boot();
    expect(persist).not.toHaveBeenCalled();
    state.addInterview({ company: 'First' });
    state.addInterview({ company: 'Second' });
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
  });

  it('does not ask again when the browser already keeps it, or ask at all without storage', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(true), persist } });
    const { state } = await boot();
    state.addInterview();
    const blocked = await boot('blocked');
    blocked.state.addInterview();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(persist).not.toHaveBeenCalled();
  });
});

describe('forms kept as typed', () => {
  const FORMS = 'follow-up:forms';
  const typed = {
    ...formToDraft(
      formFromInterview(interview('a')),
      [],
      formFromInterview(interview('a')),
      CREATED,
    ),
    decisionDate: '2026-03-01',
  };

  it('keeps a form under its own key until it saves, and forgets it with the interview', async () => {
    const { state, storage } = await boot(new FakeStorage({ [KEY]: stored() }));
    state.keepFormDraft('a', typed);
    expect(JSON.parse(storage.data.get(FORMS) ?? '{}')).toEqual({ a: typed });
    const reloaded = await boot(storage);
    expect(reloaded.state.$formDrafts.get()).toEqual({ a: typed });
    reloaded.state.removeInterview('a');
    expect(storage.data.has(FORMS)).toBe(false);
  });

  it('puts a kept form back when a deleted interview is restored', async () => {
    const { state } = await boot(new FakeStorage({ [KEY]: stored() }));
    state.keepFormDraft('a', typed);
    const deleted = state.deleteInterview('a');
    expect(state.$formDrafts.get()).toEqual({});
    if (deleted) state.restoreInterview(deleted);
    expect(state.$formDrafts.get()).toEqual({ a: typed });
  });

  it('reads the kept forms that are whole and leaves out a damaged one', async () => {
    const raw = JSON.stringify({ a: typed, b: { company: 7 }, c: typed });
    const { state } = await boot(new FakeStorage({ [KEY]: stored(), [FORMS]: raw }));
    expect(Object.keys(state.$formDrafts.get())).toEqual(['a', 'c']);
    const broken = await boot(new FakeStorage({ [KEY]: stored(), [FORMS]: '{' }));
    expect(broken.state.$formDrafts.get()).toEqual({});
  });

  it('erases kept forms with everything else', async () => {
    const { state, storage } = await boot(new FakeStorage({ [KEY]: stored() }));
    state.keepFormDraft('a', typed);
    state.eraseAll();
    expect(storage.data.has(FORMS)).toBe(false);
    expect(state.$formDrafts.get()).toEqual({});
  });
});

describe('actions', () => {
  it('adds interviews, makes the newest active, and removes one with its drafts', async () => {
    const { state } = await boot();
    const first = state.addInterview({ company: 'First' });
    const second = state.addInterview({ company: 'Second' });
    expect(state.$activeInterview.get()?.id).toBe(second);
    state.saveDraft(state.draftKey(second, 'check-in', 0), { subject: '', body: 'Hi', fields: {} });

    expect(state.removeInterview(second)).toBe(true);
    expect(state.$activeInterview.get()?.id).toBe(first);
    expect(state.getDraft(`${second}:check-in:0`)).toBeUndefined();
    expect(state.removeInterview(second)).toBe(false);
  });

  it('refuses details for a new interview that do not validate', async () => {
    const { state } = await boot();
    expect(() =>
      state.addInterview({ interviewDate: 'tomorrow' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: addInterview() was given details that do not validate — The interview date "tomorrow" is not in YYYY-MM-DD form — enter it like 2026-11-24.]`,
    );
    expect(state.$interviews.get()).toEqual([]);
  });

  it('saves checked details, adding the interview when it is new', async () => {
    const { state, storage } = await boot();
    const saved = state.saveInterview('new-one', details({ company: 'Northwind Traders' }));
    expect(saved).toMatchObject({ id: 'new-one', company: 'Northwind Traders', status: 'waiting' });
    expect(state.$activeInterview.get()).toEqual(saved);
    expect(JSON.parse(storage.data.get(KEY) ?? '').interviews[0].id).toBe('new-one');
  });

  it('replaces the details of an interview and keeps when it was created', async () => {
    const { state } = await boot();
    const id = state.addInterview({ decisionDate: '2026-12-20' });
    const createdAt = state.$activeInterview.get()?.createdAt;
    state.saveInterview(id, details({ role: 'Product designer' }));
    expect(state.$activeInterview.get()).toMatchObject({ role: 'Product designer', createdAt });
    // A field the form no longer holds is cleared, not kept from before.
    expect(state.$activeInterview.get()).not.toHaveProperty('decisionDate');
  });

  it('links a round to the next, and keeps the link when either round is saved again', async () => {
    const { state } = await boot();
    const screen = state.addInterview({ company: 'Northwind', format: 'phone' });
    expect(state.linkNextRound(screen, 'panel-form')).toBe(true);
    state.saveInterview(screen, details({ company: 'Northwind Health', format: 'phone' }));
    state.saveInterview('panel-form', details({ company: 'Northwind Health', format: 'panel' }));
    const [first, second] = state.$interviews.get();
    expect(first).toMatchObject({ company: 'Northwind Health', nextRound: 'panel-form' });
    expect(second).not.toHaveProperty('nextRound');
    expect(state.linkNextRound('nobody', 'panel-form')).toBe(false);
  });

  it('switches the active interview only to one that exists', async () => {
    const { state } = await boot();
    const first = state.addInterview();
    state.addInterview();
    expect(state.setActiveInterview(first)).toBe(true);
    expect(state.$activeInterview.get()?.id).toBe(first);
    expect(state.setActiveInterview('missing')).toBe(false);
    expect(state.$activeInterview.get()?.id).toBe(first);
  });

  it('ticks a step with the day it was done, and unticks it', async () => {
    const { state } = await boot();
    const id = state.addInterview();
    expect(state.toggleStepDone(id, 'linkedin', '2026-03-11')).toBe(true);
    expect(state.$activeInterview.get()?.done).toEqual({ linkedin: '2026-03-11' });
    expect(state.toggleStepDone(id, 'linkedin', '2026-03-12')).toBe(false);
    expect(state.$activeInterview.get()?.done).toEqual({});
    expect(state.toggleStepDone(id, 'linkedin', 'today')).toBe(false);
    expect(state.$activeInterview.get()?.done).toEqual({});
  });

  it('keeps your own details exactly as typed, trailing space included', async () => {
    const { state } = await boot();
    state.setYou({ name: 'Alex ' });
    state.setYou({ email: 'alex@example.com' });
    expect(state.$you.get()).toEqual({ name: 'Alex ', email: 'alex@example.com', phone: '' });
  });

  it('saves, reads and resets a message draft', async () => {
    const { state } = await boot();
    const key = state.draftKey('a', 'thank-you-email', 1);
    expect(state.getDraft(key)).toBeUndefined();
    expect(state.saveDraft(key, { subject: 'Thank you', body: 'Dear Sam,', fields: {} })).toBe(
      true,
    );
    expect(state.getDraft(key)).toMatchObject({ subject: 'Thank you', body: 'Dear Sam,' });
    state.resetDraft(key);
    expect(state.getDraft(key)).toBeUndefined();
    expect(state.saveDraft('no-colons' as never, { subject: '', body: '', fields: {} })).toBe(
      false,
    );
  });

  it('erases everything, removing the saved key and any notice', async () => {
    const { state, storage } = await boot(new FakeStorage({ [KEY]: '{"version":1' }));
    expect(state.$storageNotice.get()).toBe('corrupt');
    state.eraseAll();
    expect(storage.data.has(KEY)).toBe(false);
    expect(state.$state.get()).toEqual(state.DEFAULT_STATE);
    expect(state.$storageNotice.get()).toBeNull();
  });

  it('never changes the default state that islands render before they mount', async () => {
    const { state } = await boot();
    const before = structuredClone(state.DEFAULT_STATE);
    const id = state.addInterview();
    state.setYou({ name: 'Alex' });
    state.toggleStepDone(id, 'thank-you', '2026-03-10');
    state.eraseAll();
    state.setYou({ name: 'Sam' });
    expect(state.DEFAULT_STATE).toEqual(before);
  });
});

describe('recording what happened', () => {
  it('sets where an application stands, and refuses a status it does not know', async () => {
    const { state } = await boot();
    const id = state.addInterview();
    expect(state.$activeInterview.get()?.status).toBe('waiting');
    expect(state.setStatus(id, 'next-round')).toBe(true);
    expect(state.$activeInterview.get()?.status).toBe('next-round');
    expect(state.setStatus(id, 'hired' as never)).toBe(false);
    expect(state.setStatus('missing', 'offer')).toBe(false);
    expect(state.$activeInterview.get()?.status).toBe('next-round');
  });

  it('keeps the status and the rest of the record when the interview form is saved again', async () => {
    const { state } = await boot();
    const id = state.addInterview({ company: 'Northwind Traders' });
    state.setStatus(id, 'offer');
    state.recordReply(id, state.$activeInterview.get()?.interviewDate ?? '');
    state.setFeedback(id, 'useful');
    state.setArchived(id, true);
    // What the timeline's form sends: its own fields, nothing about the outcome.
    const saved = state.$activeInterview.get()!;
    const checked = checkForm({ ...formFromInterview(saved), company: 'Northwind' }, []);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    state.saveInterview(id, checked.details);
    expect(state.$activeInterview.get()).toMatchObject({
      company: 'Northwind',
      status: 'offer',
      feedback: 'useful',
      archived: true,
    });
    expect(state.$activeInterview.get()?.repliedOn).toBe(saved.interviewDate);
  });

  it('archives and unarchives an interview, keeping everything else', async () => {
    const { state } = await boot();
    const id = state.addInterview({ company: 'Northwind Traders' });
    expect(state.setArchived(id, true)).toBe(true);
    expect(state.$activeInterview.get()).toMatchObject({
      archived: true,
      company: 'Northwind Traders',
    });
    expect(state.setArchived(id, false)).toBe(true);
    expect(state.$activeInterview.get()?.archived).toBe(false);
    expect(state.setArchived('missing', true)).toBe(false);
  });

  it('deletes an interview and puts it back in the same place, with its drafts and as active', async () => {
    const { state, storage } = await boot();
    const first = state.addInterview({ company: 'First' });
    const middle = state.addInterview({ company: 'Middle' });
    const last = state.addInterview({ company: 'Last' });
    state.setActiveInterview(middle);
    const key = state.draftKey(middle, 'check-in', 0);
    state.saveDraft(key, { subject: 'Checking in', body: 'Hi', fields: {} });
    state.saveDraft(state.draftKey(last, 'check-in', 0), {
      subject: '',
      body: 'Other',
      fields: {},
    });
    const before = state.$state.get();

    const deleted = state.deleteInterview(middle);
    expect(deleted).toMatchObject({ index: 1, wasActive: true, interview: { id: middle } });
    expect(Object.keys(deleted?.drafts ?? {})).toEqual([key]);
    expect(state.$interviews.get().map(({ id }) => id)).toEqual([first, last]);
    expect(state.getDraft(key)).toBeUndefined();

    expect(state.restoreInterview(deleted!)).toBe(true);
    expect(state.$state.get()).toEqual(before);
    expect(JSON.parse(storage.data.get(KEY) ?? '').interviews[1].id).toBe(middle);
    // Undoing twice changes nothing.
    expect(state.restoreInterview(deleted!)).toBe(false);
    expect(state.$interviews.get()).toHaveLength(3);
    expect(state.deleteInterview('missing')).toBeNull();
  });

  it('restores a deleted interview at the end when the list got shorter meanwhile', async () => {
    const { state } = await boot();
    const first = state.addInterview({ company: 'First' });
    const second = state.addInterview({ company: 'Second' });
    const deleted = state.deleteInterview(second);
    state.removeInterview(first);
    expect(state.restoreInterview(deleted!)).toBe(true);
    expect(state.$interviews.get().map(({ id }) => id)).toEqual([second]);
    expect(state.$activeInterview.get()?.id).toBe(second);
  });

  it('records the day they replied, clears it, and explains a date it cannot take', async () => {
    const { state } = await boot();
    const id = state.addInterview({ interviewDate: '2026-03-10' });
    expect(state.recordReply(id, '2026-03-18')).toEqual({ ok: true });
    expect(state.$activeInterview.get()?.repliedOn).toBe('2026-03-18');
    expect(state.recordReply(id, '')).toEqual({ ok: true });
    expect(state.$activeInterview.get()?.repliedOn).toBeUndefined();
    expect(state.recordReply(id, '2026-02-30')).toMatchInlineSnapshot(`
      {
        "error": "The reply date does not exist — check the day and the month, or leave it empty.",
        "ok": false,
      }
    `);
    expect(state.recordReply(id, '2026-03-09')).toMatchInlineSnapshot(`
      {
        "error": "The reply date is before the interview date — check the day they replied.",
        "ok": false,
      }
    `);
    expect(state.recordReply('missing', '2026-03-18').ok).toBe(false);
    expect(state.$activeInterview.get()?.repliedOn).toBeUndefined();
  });

  it('records how useful their feedback was, and clears it', async () => {
    const { state } = await boot();
    const id = state.addInterview();
    expect(state.setFeedback(id, 'some')).toBe(true);
    expect(state.$activeInterview.get()?.feedback).toBe('some');
    expect(state.setFeedback(id, undefined)).toBe(true);
    expect(state.$activeInterview.get()?.feedback).toBeUndefined();
    expect(state.setFeedback(id, 'great' as never)).toBe(false);
    expect(state.setFeedback('missing', 'useful')).toBe(false);
  });

  it('corrects the day a ticked step was sent, and only for a step that was ticked', async () => {
    const { state } = await boot();
    const id = state.addInterview({ interviewDate: '2026-03-10' });
    state.toggleStepDone(id, 'check-in', '2026-03-19');
    expect(state.setSentOn(id, 'check-in', '2026-03-17')).toEqual({ ok: true });
    expect(state.$activeInterview.get()?.done).toEqual({ 'check-in': '2026-03-17' });
    expect(state.setSentOn(id, 'linkedin', '2026-03-11')).toMatchInlineSnapshot(`
      {
        "error": "This step is not ticked as sent — tick it on your timeline first, then correct its date.",
        "ok": false,
      }
    `);
    expect(state.setSentOn(id, 'check-in', '')).toMatchInlineSnapshot(`
      {
        "error": "The date sent is not a real date — enter it as YYYY-MM-DD, for example 2026-03-12.",
        "ok": false,
      }
    `);
    expect(state.setSentOn(id, 'check-in', '2026-03-01').ok).toBe(false);
    expect(state.setSentOn('missing', 'check-in', '2026-03-17').ok).toBe(false);
    expect(state.$activeInterview.get()?.done).toEqual({ 'check-in': '2026-03-17' });
  });

  it('stamps the interview when something changes, and writes nothing when nothing does', async () => {
    const { state } = await boot();
    const id = state.addInterview();
    const before = state.$state.get();
    state.setStatus(id, 'waiting');
    state.setFeedback(id, undefined);
    state.setArchived(id, false);
    expect(state.$state.get()).toBe(before);
    vi.useFakeTimers({ now: new Date(2030, 0, 1) });
    state.setStatus(id, 'rejected');
    vi.useRealTimers();
    expect(state.$activeInterview.get()?.updatedAt).toBe(new Date(2030, 0, 1).toISOString());
  });
});

describe('newId', () => {
  it('makes distinct UUIDs even where crypto.randomUUID is missing (pages served over http)', async () => {
    const { state } = await boot();
    const getRandomValues = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    vi.stubGlobal('crypto', { getRandomValues });
    const ids = new Set(Array.from({ length: 50 }, () => state.newId()));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
