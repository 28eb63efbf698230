import { describe, expect, it } from 'vitest';
import {
  activityLog,
  backupReminder,
  buildAgenda,
  nextStep,
  stepsOf,
} from '../../../src/lib/agenda/index';
import { emptyInterview, type Interview } from '../../../src/lib/interview/index';
import { interviewer } from '../people';

/** An interview on Friday 2026-11-20 at 14:30, decision by Tuesday 2026-12-01. */
function interview(id: string, patch: Partial<Interview> = {}): Interview {
  return {
    ...emptyInterview(id, '2026-11-20', new Date(2026, 10, 20)),
    company: `Company ${id}`,
    role: 'Designer',
    interviewTime: '14:30',
    decisionDate: '2026-12-01',
    interviewers: [interviewer('Dana Whitfield')],
    ...patch,
  };
}

/** Each group as `interview id: step id (timing)`. */
function lines(interviews: Interview[], today: string) {
  const agenda = buildAgenda(interviews, today);
  const show = (group: typeof agenda.today) =>
    group.map(({ interview: { id }, step, timing }) => `${id}: ${step.id} (${timing.text})`);
  return { overdue: show(agenda.overdue), today: show(agenda.today), next: show(agenda.next) };
}

describe('buildAgenda', () => {
  it('is empty without interviews', () => {
    expect(buildAgenda([], '2026-11-20')).toEqual({ overdue: [], today: [], next: [] });
  });

  it('shows what to do on the day of one interview, and the next step after that', () => {
    expect(lines([interview('a')], '2026-11-20')).toEqual({
      overdue: [],
      today: ['a: thank-you (today)'],
      next: ['a: linkedin (tomorrow)'],
    });
  });

  it('puts past steps under overdue and leaves out the ones ticked done', () => {
    const late = interview('a', { done: { linkedin: '2026-11-21' } });
    expect(lines([late], '2026-11-24')).toEqual({
      overdue: ['a: thank-you (3 days overdue)'],
      today: [],
      next: ['a: check-in (in 8 days)'],
    });
  });

  it('merges several interviews by date, passing today in explicitly', () => {
    const { decisionDate, ...undecided } = interview('b', { interviewDate: '2026-11-23' });
    expect(decisionDate).toBeDefined();
    const later: Interview = undecided;
    expect(lines([later, interview('a')], '2026-11-23')).toEqual({
      overdue: ['a: thank-you (2 days overdue)', 'a: linkedin (2 days overdue)'],
      today: ['b: thank-you (today)'],
      next: ['b: linkedin (tomorrow)', 'a: check-in (in 9 days)'],
    });
  });

  it('leaves out archived interviews and those with an outcome, which need no more follow-up', () => {
    const interviews = [
      interview('archived', { archived: true }),
      interview('offer', { status: 'offer' }),
      interview('waiting'),
    ];
    const agenda = buildAgenda(interviews, '2026-11-20');
    const ids = [...agenda.overdue, ...agenda.today, ...agenda.next].map((x) => x.interview.id);
    expect(new Set(ids)).toEqual(new Set(['waiting']));
  });

  it('gives each line its "Write this message" links, one per interviewer where the message is personal', () => {
    const two = interview('a', {
      interviewers: [interviewer('Dana Whitfield'), interviewer('Sam Ortiz')],
    });
    const [thanks] = buildAgenda([two], '2026-11-20').today;
    expect(thanks?.links).toEqual([
      {
        path: '/templates/?template=thank-you-email&interview=a&interviewer=0',
        label: 'Write this message to Dana Whitfield',
        recipient: 'Dana Whitfield',
        interviewer: 0,
      },
      {
        path: '/templates/?template=thank-you-email&interview=a&interviewer=1',
        label: 'Write this message to Sam Ortiz',
        recipient: 'Sam Ortiz',
        interviewer: 1,
      },
    ]);
  });

  it('leaves the check-ins of a round to the later round that took them over', () => {
    // The person put the screen back to waiting after adding the panel: the panel still has them.
    const screen = interview('screen', { nextRound: 'panel', done: { 'thank-you': '2026-11-20' } });
    const panel = interview('panel', { interviewDate: '2026-11-27', decisionDate: '2026-12-08' });
    expect(lines([screen, panel], '2026-12-02')).toEqual({
      overdue: [
        'screen: linkedin (11 days overdue)',
        'panel: thank-you (4 days overdue)',
        'panel: linkedin (4 days overdue)',
      ],
      today: [],
      next: ['panel: check-in (in 7 days)'],
    });
  });

  it('puts what you promised on the day you promised it by, with its template, and overdue after', () => {
    const promising = interview('a', {
      done: { 'thank-you': '2026-11-20', linkedin: '2026-11-21' },
      promised: 'my portfolio',
      promisedBy: '2026-11-27',
    });
    expect(lines([promising], '2026-11-23').next).toEqual(['a: materials (in 4 days)']);
    expect(lines([promising], '2026-11-27').today).toEqual(['a: materials (today)']);
    expect(lines([promising], '2026-11-30').overdue).toEqual(['a: materials (3 days overdue)']);
    const [line] = buildAgenda([promising], '2026-11-27').today;
    expect(line?.links.map(({ path, label }) => [path, label])).toEqual([
      ['/templates/?template=requested-materials&interview=a', 'Write this message'],
    ]);
  });

  it('skips an interview whose saved details give no timeline instead of failing', () => {
    const broken = interview('a', { interviewDate: '2026-02-30' });
    expect(stepsOf(broken)).toEqual([]);
    expect(buildAgenda([broken], '2026-11-20')).toEqual({ overdue: [], today: [], next: [] });
  });
});

describe('nextStep', () => {
  it('is the first step not ticked done, with its timing', () => {
    const next = nextStep(interview('a', { done: { 'thank-you': '2026-11-20' } }), '2026-11-20');
    expect([next?.step.id, next?.timing.text]).toEqual(['linkedin', 'tomorrow']);
  });

  it('is null when every step is done', () => {
    const done = Object.fromEntries(stepsOf(interview('a')).map(({ id }) => [id, '2026-11-20']));
    expect(nextStep(interview('a', { done }), '2026-11-20')).toBeNull();
  });
});

describe('activityLog', () => {
  it('lists every message ticked as sent, newest first, with its channel and recipients', () => {
    const a = interview('a', {
      done: { 'thank-you': '2026-11-20', 'check-in': '2026-12-02', 'move-on': '2026-12-16' },
    });
    const b = interview('b', { archived: true, done: { linkedin: '2026-11-25' } });
    expect(
      activityLog([a, b]).map((entry) => [
        entry.sentOn,
        entry.interview.id,
        entry.title,
        entry.channel,
        entry.recipients,
      ]),
    ).toEqual([
      ['2026-12-02', 'a', 'Check-in', 'email', ['Dana Whitfield']],
      ['2026-11-25', 'b', 'LinkedIn connection', 'linkedin', ['Dana Whitfield']],
      ['2026-11-20', 'a', 'Thank-you message', 'email', ['Dana Whitfield']],
    ]);
  });

  it('keeps a ticked step the timeline no longer has, without a channel', () => {
    const dropped = interview('a', {
      handwrittenNote: false,
      done: { 'handwritten-note': '2026-11-21' },
    });
    expect(activityLog([dropped])).toMatchObject([
      { title: 'Handwritten thank-you card', channel: null, recipients: [] },
    ]);
  });

  it('is empty when nothing was sent', () => {
    expect(activityLog([interview('a')])).toEqual([]);
  });
});

describe('an interview whose dates a calendar cannot count', () => {
  it('has no steps, and the others still show', () => {
    const { decisionDate, ...far } = interview('far', { interviewDate: '9999-12-30' });
    expect(decisionDate).toBeDefined();
    expect(stepsOf(far)).toEqual([]);
    expect(lines([far, interview('a')], '2026-11-20').today).toContain('a: thank-you (today)');
  });
});

describe('the reminder to save a backup', () => {
  // Thank-you and LinkedIn sent; the check-in is due Wednesday 2026-12-02.
  const waiting = interview('a', {
    done: { 'thank-you': '2026-11-20', linkedin: '2026-11-21' },
    updatedAt: '2026-11-21T10:00:00.000Z',
  });
  const remind = (today: string, backedUpAt?: string, interviews = [waiting]) =>
    backupReminder(buildAgenda(interviews, today), interviews, backedUpAt, today);

  it.each<[string, string, string | undefined, string | null]>([
    [
      'names the next step’s day when nothing is due for more than 3 days',
      '2026-11-23',
      undefined,
      '2026-12-02',
    ],
    ['stays quiet when the next step is 3 days away', '2026-11-29', undefined, null],
    [
      'stays quiet once a backup was saved after the last change',
      '2026-11-23',
      '2026-11-22T08:00:00.000Z',
      null,
    ],
    [
      'comes back when the interviews changed after the backup',
      '2026-11-23',
      '2026-11-20T08:00:00.000Z',
      '2026-12-02',
    ],
  ])('%s', (_, today, backedUpAt, expected) => {
    expect(remind(today, backedUpAt)).toBe(expected);
  });

  it('stays quiet while something is due or overdue, and without interviews', () => {
    expect(remind('2026-11-20', undefined, [interview('b')])).toBeNull();
    expect(remind('2026-11-23', undefined, [])).toBeNull();
  });
});
