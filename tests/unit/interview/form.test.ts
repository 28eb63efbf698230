import { describe, expect, it } from 'vitest';
import {
  checkForm,
  emptyForm,
  emptyInterviewerRow,
  emptyInterview,
  fieldId,
  formFromInterview,
  formToDetails,
  formWarnings,
  interviewLabel,
  interviewName,
  orderedErrors,
  sameDetails,
  shiftRowKeys,
  type FormState,
  type Interview,
} from '../../../src/lib/interview';
import { interviewer, interviewerRow } from '../people';

function interview(patch: Partial<Interview> = {}): Interview {
  return { ...emptyInterview('abc', '2026-11-20', new Date(2026, 10, 20)), ...patch };
}

/** A complete form as a person might fill it in after a Tuesday interview. */
function form(patch: Partial<FormState> = {}): FormState {
  return {
    ...emptyForm(),
    company: 'Northwind Traders',
    role: 'Product designer',
    interviewDate: '2026-03-10',
    interviewTime: '14:00',
    interviewers: [
      interviewerRow(1, 'Dana Whitfield', {
        title: 'Design lead',
        email: 'dana@northwind.example',
      }),
      interviewerRow(2, 'Sam Ortiz'),
    ],
    ...patch,
  };
}

function errorsOf(typed: FormState): Record<string, string> {
  const result = checkForm(typed, []);
  if (result.ok) throw new Error('expected the form to be rejected');
  return result.errors;
}

describe('checking the form', () => {
  it('gives the details to save when everything is filled in', () => {
    const result = checkForm(form({ decisionDate: '2026-03-20' }), []);
    expect(result).toMatchObject({
      ok: true,
      details: {
        company: 'Northwind Traders',
        interviewDate: '2026-03-10',
        interviewTime: '14:00',
        decisionDate: '2026-03-20',
        interviewers: [
          interviewer('Dana Whitfield', { title: 'Design lead', email: 'dana@northwind.example' }),
          interviewer('Sam Ortiz'),
        ],
      },
    });
  });

  it('tidies what was typed: spaces, a one-digit hour and a leading zero in the day count', () => {
    const result = checkForm(
      form({
        company: '  Northwind Traders ',
        interviewTime: '9:30',
        callBackInDays: ' 04 ',
        interviewers: [interviewerRow(1, ' Dana Whitfield ', { email: ' dana@n.example ' })],
      }),
      [],
    );
    expect(result).toMatchObject({
      ok: true,
      details: {
        company: 'Northwind Traders',
        interviewTime: '09:30',
        callBackInDays: 4,
        interviewers: [interviewer('Dana Whitfield', { email: 'dana@n.example' })],
      },
    });
  });

  it('leaves empty optional fields out, as the timeline expects', () => {
    const details = formToDetails(
      form({ interviewTime: '', decisionDate: ' ', callBackInDays: '' }),
    );
    expect(details).not.toHaveProperty('interviewTime');
    expect(details).not.toHaveProperty('decisionDate');
    expect(details).not.toHaveProperty('callBackInDays');
  });

  it('gives the interviewer name message with the row number a person sees', () => {
    const rows = [
      interviewerRow(1, ''),
      interviewerRow(2, 'Dana Whitfield'),
      interviewerRow(3, '   ', { title: 'Design lead' }),
    ];
    expect(errorsOf(form({ interviewers: rows }))).toMatchInlineSnapshot(`
      {
        "interviewers.2.name": "Interviewer 3 needs a name — type it, or remove the row.",
      }
    `);
  });

  it('saves the other fields while a row is left empty, and leaves the empty row out', () => {
    const rows = [interviewerRow(1, 'Dana Whitfield'), interviewerRow(2, ' ')];
    expect(
      checkForm(form({ interviewers: rows, holidays: [{ key: 3, date: '' }] }), []),
    ).toMatchObject({
      ok: true,
      details: { interviewers: [{ name: 'Dana Whitfield' }], holidays: [] },
    });
  });

  it('refuses a name made only of invisible characters', () => {
    const rows = [interviewerRow(1, '\u200b\u200b')];
    expect(errorsOf(form({ interviewers: rows }))).toEqual({
      'interviewers.0.name': 'Interviewer 1 needs a name — type it, or remove the row.',
    });
    expect(errorsOf(form({ contactName: '\u2060' }))).toHaveProperty('contact.name');
  });

  it('says a year outside 1900–2100 is a slip, for every date', () => {
    expect(errorsOf(form({ interviewDate: '9999-12-30', decisionDate: '0999-01-01' }))).toEqual({
      interviewDate: 'The interview date 9999-12-30 is not between 1900 and 2100 — check the year.',
      decisionDate:
        'The decision date 0999-01-01 is not between 1900 and 2100 — check the year, or leave it empty.',
    });
  });

  it('says the decision date is before the interview date, even while another field is wrong', () => {
    expect(errorsOf(form({ decisionDate: '2026-03-09', interviewTime: 'noon' })))
      .toMatchInlineSnapshot(`
        {
          "decisionDate": "The decision date is before the interview date — check both dates.",
          "interviewTime": "The interview time "noon" is not a time of day — use the 24-hour clock from 00:00 to 23:59, e.g. 14:30, or leave it empty.",
        }
      `);
  });

  it.each([
    [
      '0',
      'The number of days before you call must be at least 1 — enter the number they gave you, e.g. 4.',
    ],
    [
      '61',
      'The number of days before you call can be at most 60 — for a longer wait, enter their decision date instead.',
    ],
    [
      '4.5',
      'The number of days before you call must be a whole number — enter the number they gave you, e.g. 4.',
    ],
    [
      'four',
      'The number of days before you call must be a whole number — enter the number they gave you, e.g. 4.',
    ],
    [
      '-3',
      'The number of days before you call must be at least 1 — enter the number they gave you, e.g. 4.',
    ],
  ])('rejects %j as the number of days before you call', (callBackInDays, message) => {
    expect(errorsOf(form({ callBackInDays }))).toEqual({ callBackInDays: message });
  });

  it.each([['1'], ['60'], ['']])('accepts %j as the number of days before you call', (days) => {
    expect(checkForm(form({ callBackInDays: days }), []).ok).toBe(true);
  });

  it('explains each kind of bad date text', () => {
    expect(
      errorsOf(
        form({
          interviewDate: '03/10/2026',
          decisionDate: '2026-02-30',
          holidays: [
            { key: 1, date: '2026-12-25' },
            { key: 2, date: 'Christmas' },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "decisionDate": "The decision date 2026-02-30 does not exist — check the day and the month, or leave it empty.",
        "holidays.1": "Extra day off 2 is not a real date — enter it as YYYY-MM-DD, or remove it.",
        "interviewDate": "The interview date "03/10/2026" is not in YYYY-MM-DD form — enter it like 2026-11-24.",
      }
    `);
  });

  it('asks for the interview date in the words of its date control when it is empty', () => {
    expect(errorsOf(form({ interviewDate: '' }))).toMatchInlineSnapshot(`
      {
        "interviewDate": "Enter the interview date — type it or pick it from the calendar.",
      }
    `);
  });

  it('rewords errors for date controls still being typed', () => {
    const typed = form({ holidays: [{ key: 1, date: '' }] });
    const result = checkForm(typed, ['decisionDate']);
    expect(result.ok ? {} : result.errors).toMatchObject({
      decisionDate:
        'The decision date is incomplete or not a real date (such as February 30) — check the month, day and year, or clear the field.',
    });
  });

  it('explains problems with the format, the interviewers and long text', () => {
    expect(
      errorsOf(
        form({
          format: 'zoom' as FormState['format'],
          company: 'N'.repeat(201),
          interviewers: [
            interviewerRow(1, 'Dana Whitfield', { email: 'dana at northwind' }),
            interviewerRow(2, 'Sam Ortiz', { title: 'T'.repeat(201) }),
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "company": "The company name is longer than 200 characters — shorten it.",
        "format": "The interview format "zoom" is not one we know — choose in-person, phone, video, group or panel.",
        "interviewers.0.email": "Interviewer 1's email address does not look right — write it like name@company.com, or leave it empty.",
        "interviewers.1.title": "Interviewer 2's job title is longer than 200 characters — shorten it.",
      }
    `);
  });

  it('keeps the main contact when a name is typed, and asks for the name of an email alone', () => {
    expect(checkForm(form({ contactName: ' Priya Shah ', contactEmail: '' }), [])).toMatchObject({
      ok: true,
      details: { contact: { name: 'Priya Shah', email: '' } },
    });
    expect(errorsOf(form({ contactName: '', contactEmail: 'priya@acme.example' }))).toEqual({
      'contact.name':
        'The main contact needs a name — type it, or clear the other fields about them.',
    });
    expect(formToDetails(form())).not.toHaveProperty('contact');
  });

  it('takes a time zone by its city or its name in any case, and saves its name', () => {
    const rows = form().interviewers;
    const typed = form({
      interviewers: [
        { ...rows[0]!, timeZone: ' new york ' },
        { ...rows[1]!, timeZone: 'europe/london' },
      ],
      contactName: 'Priya Shah',
      contactTimeZone: 'Auckland',
    });
    const result = checkForm(typed, []);
    expect(result).toMatchObject({
      ok: true,
      details: {
        interviewers: [{ timeZone: 'America/New_York' }, { timeZone: 'Europe/London' }],
        contact: { name: 'Priya Shah', timeZone: 'Pacific/Auckland' },
      },
    });
  });

  it('says which time zone it does not know, on the row a person sees, and keeps what was typed', () => {
    const rows = form().interviewers;
    const typed = form({
      interviewers: [{ ...rows[0]!, timeZone: 'Springfield' }, rows[1]!],
      contactTimeZone: 'Mars/Olympus',
    });
    expect(errorsOf(typed)).toEqual({
      'interviewers.0.timeZone':
        "Interviewer 1's time zone “Springfield” is not one we know — pick a city from the list, such as New York, or leave it empty if they are in yours.",
      // A zone with no name also asks for the name, as an email alone does.
      'contact.name':
        'The main contact needs a name — type it, or clear the other fields about them.',
      'contact.timeZone':
        "The main contact's time zone “Mars/Olympus” is not one we know — pick a city from the list, such as New York, or leave it empty if they are in yours.",
    });
    expect(typed.interviewers[0]?.timeZone).toBe('Springfield');
  });

  it('saves a debrief trimmed, keeps a row with only a debrief (asking for its name), and names a long note on its row', () => {
    const rows = form().interviewers;
    const noted = form({
      interviewers: [
        { ...rows[0]!, caredAbout: ' onboarding speed ', discussed: 'the scheduling plan ' },
        emptyInterviewerRow(),
        { ...emptyInterviewerRow(), concern: 'no healthcare work yet' },
      ],
    });
    const result = checkForm(noted, []);
    expect(result).toEqual({
      ok: false,
      errors: { 'interviewers.2.name': 'Interviewer 3 needs a name — type it, or remove the row.' },
    });
    const details = checkForm({ ...noted, interviewers: noted.interviewers.slice(0, 1) }, []);
    expect(details.ok && details.details.interviewers[0]).toMatchObject({
      caredAbout: 'onboarding speed',
      discussed: 'the scheduling plan',
      concern: '',
    });
    const long = form({
      interviewers: [rows[0]!, emptyInterviewerRow(), { ...rows[1]!, discussed: 'x'.repeat(201) }],
    });
    expect(errorsOf(long)).toEqual({
      'interviewers.2.discussed':
        'A debrief note on interviewer 3 is longer than 200 characters — keep the one point that matters.',
    });
    expect(long.interviewers[2]?.discussed).toHaveLength(201);
    const greeting = form({
      interviewers: [rows[0]!, emptyInterviewerRow(), { ...rows[1]!, greeting: 'x'.repeat(201) }],
    });
    expect(errorsOf(greeting)).toEqual({
      'interviewers.2.greeting':
        'How you greet interviewer 3 is longer than 200 characters — shorten it.',
    });
  });

  it('saves a promise trimmed, and asks for its other half beside the field left empty', () => {
    const promised = checkForm(
      form({ promised: ' my portfolio ', promisedBy: ' 2026-03-13 ' }),
      [],
    );
    expect(promised).toMatchObject({
      ok: true,
      details: { promised: 'my portfolio', promisedBy: '2026-03-13' },
    });
    expect(errorsOf(form({ promised: 'my portfolio' }))).toEqual({
      promisedBy: 'Enter the date you promised it by — or clear what you promised to send.',
    });
    expect(errorsOf(form({ promisedBy: '2026-03-13' }))).toEqual({
      promised: 'Say what you promised to send — or clear the promised date.',
    });
    expect(checkForm(form({ promised: '   ' }), [])).toMatchObject({ ok: true });
  });

  it('says a promised date still being typed is unfinished, in its own words', () => {
    const result = checkForm(form({ promised: 'my portfolio' }), ['promisedBy']);
    expect(result.ok ? {} : result.errors['promisedBy']).toBe(
      'The promised date is incomplete or not a real date (such as February 30) — check the month, day and year, or clear the field.',
    );
  });

  it('never changes what was typed, even when there are errors', () => {
    const typed = form({ company: '  Northwind  ', interviewTime: '9:30', callBackInDays: '007' });
    const before = structuredClone(typed);
    checkForm(typed, []);
    expect(typed).toEqual(before);
  });
});

describe('the form', () => {
  it('an empty form starts with nothing typed and in-person format', () => {
    expect(emptyForm()).toMatchObject({ company: '', interviewDate: '', format: 'in-person' });
  });

  it('a saved interview fills the form and comes back out with the same details', () => {
    const saved = interview({
      company: 'Acme',
      interviewTime: '09:00',
      callBackInDays: 4,
      promised: 'two references',
      promisedBy: '2026-11-24',
      interviewers: [interviewer('Dana', { title: 'Lead', email: 'dana@acme.com' })],
      holidays: ['2026-11-26'],
    });
    const result = checkForm(formFromInterview(saved), []);
    expect(result).toMatchObject({
      ok: true,
      details: {
        company: 'Acme',
        interviewTime: '09:00',
        callBackInDays: 4,
        promised: 'two references',
        promisedBy: '2026-11-24',
        interviewers: [interviewer('Dana', { title: 'Lead', email: 'dana@acme.com' })],
        holidays: ['2026-11-26'],
      },
    });
  });

  it.each([
    ['only ticks differ', { done: { linkedin: '2026-11-21' } }, true],
    ['only the save time differs', { updatedAt: '2026-11-21T09:00:00.000Z' }, true],
    ['the company differs', { company: 'Acme Corp' }, false],
    [
      'an interviewer differs',
      {
        interviewers: [interviewer('Sam')],
      },
      false,
    ],
  ] satisfies [string, Partial<Interview>, boolean][])(
    'two versions count as the same details when %s: %s',
    (_, patch, expected) => {
      expect(sameDetails(interview(), interview(patch))).toBe(expected);
    },
  );

  it.each([
    ['company', 'f-company'],
    ['interviewers.1.email', 'f-interviewers-1-email'],
    ['holidays.0', 'f-holidays-0'],
    ['format', 'f-format-in-person'],
  ])('the error for %s points at #%s', (key, id) => {
    expect(fieldId(key)).toBe(id);
  });

  it('lists errors in the order of the form', () => {
    const keys = orderedErrors({
      'holidays.0': 'h',
      decisionDate: 'd',
      'interviewers.1.name': 'n2',
      'interviewers.0.email': 'e1',
      'interviewers.0.name': 'n1',
      promisedBy: 'p',
      interviewDate: 'i',
    }).map(({ key }) => key);
    expect(keys).toEqual([
      'interviewDate',
      'interviewers.0.name',
      'interviewers.0.email',
      'interviewers.1.name',
      'decisionDate',
      'promisedBy',
      'holidays.0',
    ]);
  });

  it.each([
    ['the removed row is forgotten', ['interviewers.1.name'], 1, []],
    ['rows above it stay', ['interviewers.0.name'], 1, ['interviewers.0.name']],
    ['rows below it move up', ['interviewers.2.email'], 1, ['interviewers.1.email']],
    ['other fields stay', ['company', 'holidays.3'], 0, ['company', 'holidays.3']],
  ])('renumbering after a removal: %s', (_, keys, removed, expected) => {
    expect([...shiftRowKeys(new Set(keys), 'interviewers', removed)]).toEqual(expected);
  });

  it.each([
    ['company and role', { company: 'Acme', role: 'Designer' }, 'Acme — Designer, Fri, Nov 20'],
    ['company only', { company: 'Acme' }, 'Acme, Fri, Nov 20'],
    ['neither', {}, 'Untitled interview, Fri, Nov 20'],
  ])('an interview with %s is listed as "%s"', (_, patch, expected) => {
    expect(interviewLabel(interview(patch))).toBe(expected);
  });

  it('names an interview by company and role, or says it is untitled', () => {
    expect(interviewName(interview({ company: 'Acme', role: 'Designer' }))).toBe('Acme — Designer');
    expect(interviewName(interview({ company: ' ', role: '' }))).toBe('Untitled interview');
  });
});

describe('dates worth a second look', () => {
  const form = (patch: Partial<FormState>): FormState => ({ ...emptyForm(), ...patch });
  const TODAY = '2026-12-02';

  it('asks about an interview years ago or more than a year ahead, naming the date with its year', () => {
    expect(formWarnings(form({ interviewDate: '2020-11-24' }), TODAY)).toEqual({
      interviewDate: 'That is 6 years ago (Tue, Nov 24, 2020) — check the year.',
    });
    expect(formWarnings(form({ interviewDate: '2028-01-10' }), TODAY)).toEqual({
      interviewDate: 'That is more than a year from now (Mon, Jan 10, 2028) — check the year.',
    });
  });

  it('asks about a decision more than a year after the interview', () => {
    expect(
      formWarnings(form({ interviewDate: '2026-11-24', decisionDate: '2027-12-04' }), TODAY),
    ).toEqual({
      decisionDate:
        'That is more than a year after the interview (Sat, Dec 4, 2027) — check the year.',
    });
  });

  it('stays quiet on ordinary dates', () => {
    for (const patch of [
      { interviewDate: '2026-11-24', decisionDate: '2026-12-04' },
      { interviewDate: '2025-12-10' },
      { interviewDate: '2027-06-01', decisionDate: '2027-09-01' },
      { interviewDate: '' },
    ]) {
      expect(formWarnings(form(patch), TODAY)).toEqual({});
    }
  });
});
