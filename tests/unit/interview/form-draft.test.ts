import { describe, expect, it } from 'vitest';
import {
  FormDraftSchema,
  changedFields,
  emptyForm,
  emptyInterview,
  formFromDraft,
  formFromInterview,
  formToDraft,
  isBlankForm,
  nextRoundDraft,
  savableDetails,
  type FormState,
  type Interview,
} from '../../../src/lib/interview';
import { interviewer, interviewerRow } from '../people';

const NOW = new Date(2026, 2, 11, 9, 0);

/** A saved interview after a Tuesday interview. */
function saved(patch: Partial<Interview> = {}): Interview {
  return {
    ...emptyInterview('abc', '2026-03-10', NOW),
    company: 'Northwind Traders',
    role: 'Product designer',
    decisionDate: '2026-03-20',
    interviewers: [interviewer('Dana Whitfield', { title: 'Design lead' })],
    ...patch,
  };
}

/** The saved interview's form with some fields typed over. */
function typed(patch: Partial<FormState>, record = saved()): FormState {
  return { ...formFromInterview(record), ...patch };
}

describe('what of a form with a mistake can be saved', () => {
  it('saves every field that is right and keeps the saved value of the one that is wrong', () => {
    const details = savableDetails(
      typed({ company: 'Northwind', role: 'Senior designer', callBackInDays: 'soon' }),
      [],
      saved(),
    );
    expect(details).toMatchObject({ company: 'Northwind', role: 'Senior designer' });
    expect(details).not.toHaveProperty('callBackInDays');
  });

  it('keeps the saved decision date while a new one is half typed', () => {
    const details = savableDetails(
      typed({ company: 'Northwind', decisionDate: '' }),
      ['decisionDate'],
      saved(),
    );
    expect(details).toMatchObject({ company: 'Northwind', decisionDate: '2026-03-20' });
  });

  it('saves a promise reworded while its date is cleared, keeping the saved date', () => {
    const record = saved({ promised: 'my portfolio', promisedBy: '2026-03-13' });
    const details = savableDetails(
      typed(
        { company: 'Northwind', promised: 'my portfolio and two references', promisedBy: '' },
        record,
      ),
      [],
      record,
    );
    expect(details).toMatchObject({
      company: 'Northwind',
      promised: 'my portfolio and two references',
      promisedBy: '2026-03-13',
    });
  });

  it('keeps the interviewers that are right when one row lacks a name', () => {
    const form = typed({
      role: 'Lead designer',
      interviewers: [
        interviewerRow(1, 'Dana Whitfield', { title: 'Design lead' }),
        interviewerRow(2, '', { title: 'Recruiter' }),
      ],
    });
    const details = savableDetails(form, [], saved());
    // The interviewer list as a whole is wrong, so it stays as saved; the role saves.
    expect(details?.role).toBe('Lead designer');
    expect(details?.interviewers).toEqual(saved().interviewers);
  });

  it('saves a new interview as soon as its date is right, whatever else is wrong', () => {
    const form = {
      ...emptyForm(),
      interviewDate: '2026-03-10',
      company: 'Acme',
      callBackInDays: 'x',
    };
    expect(savableDetails(form, [], undefined)).toMatchObject({
      interviewDate: '2026-03-10',
      company: 'Acme',
    });
    expect(savableDetails({ ...form, interviewDate: '' }, [], undefined)).toBeNull();
  });

  it('gives nothing to save when nothing that is right has changed', () => {
    expect(savableDetails(typed({ callBackInDays: 'soon' }), [], saved())).toBeNull();
  });
});

describe('a form kept as typed', () => {
  it('comes back exactly as typed, mistakes and spaces included', () => {
    const form = typed({ company: '  Northwind ', callBackInDays: 'in a week' });
    const draft = formToDraft(form, [], form, NOW);
    expect(FormDraftSchema.safeParse(draft).success).toBe(true);
    const back = formFromDraft(draft);
    expect(back.company).toBe('  Northwind ');
    expect(back.callBackInDays).toBe('in a week');
    expect(changedFields(back, form)).toEqual({});
  });

  it('reads a form kept before greetings were asked, with every interviewer still in it', () => {
    const form = typed({});
    const { interviewers, ...draft } = formToDraft(form, [], form, NOW);
    const older = {
      ...draft,
      interviewers: [{ name: 'Dana Rivera ', title: 'Design Director', email: '' }],
    };
    const read = FormDraftSchema.safeParse(older);
    expect(interviewers).toBeDefined();
    expect(read.success && read.data.interviewers).toEqual([
      interviewer('Dana Rivera ', { title: 'Design Director' }),
    ]);
  });

  it('reads a form kept before promises were asked, with nothing promised', () => {
    const form = typed({});
    const { promised, promisedBy, ...older } = formToDraft(form, [], form, NOW);
    const read = FormDraftSchema.safeParse(older);
    expect([promised, promisedBy]).toEqual(['', '']);
    expect(read.success && formFromDraft(read.data)).toMatchObject({
      company: 'Northwind Traders',
      promised: '',
      promisedBy: '',
    });
  });

  it('keeps the saved date in place of one the browser reports as unfinished', () => {
    const seed = typed({});
    const draft = formToDraft(typed({ decisionDate: '' }), ['decisionDate'], seed, NOW);
    expect(draft.decisionDate).toBe('2026-03-20');
    const promising = typed({}, saved({ promised: 'two references', promisedBy: '2026-03-13' }));
    const half = { ...promising, promised: 'three references', promisedBy: '' };
    expect(formToDraft(half, ['promisedBy'], promising, NOW)).toMatchObject({
      promised: 'three references',
      promisedBy: '2026-03-13',
    });
  });

  it('tells a blank form from one with something typed', () => {
    expect(isBlankForm(emptyForm())).toBe(true);
    expect(isBlankForm({ ...emptyForm(), role: 'x' })).toBe(false);
  });

  it('names the fields typed in since the form was loaded', () => {
    const base = typed({});
    expect(
      Object.keys(changedFields(typed({ role: 'Analyst', callBackInDays: '3' }), base)),
    ).toEqual(['role', 'callBackInDays']);
  });
});

describe('the form for the next round', () => {
  it('keeps the company, role, main contact and holidays, and starts the round itself empty', () => {
    const earlier = saved({
      format: 'panel',
      promised: 'my portfolio',
      promisedBy: '2026-03-13',
      contact: {
        name: 'Priya Shah',
        greeting: 'Ms. Shah',
        email: 'priya@northwind.example',
        timeZone: 'America/Chicago',
      },
      holidayRegion: { code: 'US', year: 2026, days: ['2026-05-25'], working: [] },
      holidays: ['2026-03-13'],
    });
    const form = formFromDraft(nextRoundDraft(earlier, NOW));
    expect(form).toMatchObject({
      company: 'Northwind Traders',
      role: 'Product designer',
      contactName: 'Priya Shah',
      contactGreeting: 'Ms. Shah',
      contactEmail: 'priya@northwind.example',
      contactTimeZone: 'America/Chicago',
      holidayRegion: earlier.holidayRegion,
      interviewDate: '',
      interviewTime: '',
      decisionDate: '',
      promised: '',
      promisedBy: '',
      format: 'in-person',
      interviewers: [],
      holidays: [],
    });
    // Nothing to save yet: a new interview needs its date.
    expect(savableDetails(form, [], undefined)).toBeNull();
  });
});
