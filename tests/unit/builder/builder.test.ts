import { describe, expect, it } from 'vitest';
import {
  blanksIn,
  mainContactIndex,
  copyInFor,
  recipientsOf,
  characterCount,
  copyText,
  draftToSave,
  duplicateWarning,
  groupByStage,
  interviewValues,
  mergeEdits,
  noEdits,
  readDraft,
  readableBlanks,
  writesToEach,
  youValues,
  type BuilderTemplate,
  type DraftTemplate,
} from '../../../src/lib/builder/index';
import { emptyInterview, type Interview } from '../../../src/lib/interview/index';
import { nearDuplicates, renderTemplate } from '../../../src/lib/templates/index';
import { ORDINARY, get } from '../templates/template-files';
import { interviewer } from '../people';

const field = (name: string, from: 'interview' | 'you' | 'message') => ({
  name,
  label: name,
  from,
});

/** A small thank-you in the shape of the real ones. */
const THANKS: DraftTemplate = {
  subject: 'Thank you: {{role}} interview',
  body: 'Dear {{interviewerName}},\n\nThank you for talking about {{topic}} at {{company}}.\n\n{{yourName}}',
  fields: [
    field('interviewerName', 'interview'),
    field('role', 'interview'),
    field('company', 'interview'),
    field('topic', 'message'),
    field('yourName', 'you'),
  ],
};

const interview: Interview = {
  ...emptyInterview('iv-1', '2026-11-24', new Date(2026, 10, 24, 12)),
  company: 'Northwind Health',
  role: 'Product Designer',
  decisionDate: '2026-12-04',
  interviewers: [
    interviewer('Dana Rivera', { title: 'Design Director', email: 'dana@northwind.example' }),
    interviewer('Sam Ortiz'),
  ],
};

const template = (
  id: string,
  stage: BuilderTemplate['stage'],
  order: number,
  step: BuilderTemplate['step'] = 'anytime',
): BuilderTemplate => ({
  id,
  title: id,
  channel: 'email',
  step,
  stage,
  order,
  when: 'When it fits.',
  guide: 'thank-you-note',
  toContact: false,
  fields: [field('interviewerName', 'interview')],
  body: 'Dear {{interviewerName}},',
});

describe('grouping templates by stage', () => {
  it('lists the stages in the order of a search, each by its own order, and leaves empty ones out', () => {
    const groups = groupByStage([
      template('reject', 'heard-back', 1),
      template('second', 'waiting', 2),
      template('thanks', 'just-interviewed', 1),
      template('check', 'waiting', 1),
    ]);
    expect(groups.map((group) => [group.stage, group.templates.map((t) => t.id)])).toEqual([
      ['just-interviewed', ['thanks']],
      ['waiting', ['check', 'second']],
      ['heard-back', ['reject']],
    ]);
  });
});

describe('which templates get one message per interviewer', () => {
  it.each([
    ['thank-you-email', 'thank-you', true],
    ['thank-you-virtual', 'thank-you', true],
    ['handwritten-card', 'handwritten-note', true],
    ['thank-you-group', 'thank-you', false],
    ['check-in', 'check-in', false],
    ['linkedin-note', 'linkedin', false],
  ] as const)('%s: %s', (id, step, expected) => {
    expect(writesToEach(template(id, 'just-interviewed', 1, step))).toBe(expected);
  });
});

describe('values filled in from the interview and from your details', () => {
  it.each([
    [0, 'Dana Rivera'],
    [1, 'Sam Ortiz'],
    [5, ''],
  ])('the message to interviewer %i greets %j', (index, name) => {
    expect(interviewValues(interview, index)).toEqual({
      company: 'Northwind Health',
      role: 'Product Designer',
      interviewDate: 'Tuesday, November 24',
      decisionDate: 'Friday, December 4',
      interviewerName: name,
      discussed: '',
      materials: '',
    });
  });

  it('fills in what you promised to send them, as the interview form has it', () => {
    const promising: Interview = {
      ...interview,
      promised: 'my portfolio and two references',
      promisedBy: '2026-11-27',
    };
    expect(interviewValues(promising, 0)['materials']).toBe('my portfolio and two references');
  });

  it("fills each person's own messages from their debrief, and nothing in for the main contact", () => {
    const [dana, sam] = interview.interviewers;
    const debriefed: Interview = {
      ...interview,
      interviewers: [
        { ...dana!, discussed: ' the plan to move patient scheduling online ' },
        { ...sam!, discussed: 'how the team shares research findings' },
      ],
      contact: { name: 'Priya Shah', greeting: '', email: '', timeZone: '' },
    };
    expect(interviewValues(debriefed, 0)['discussed']).toBe(
      'the plan to move patient scheduling online',
    );
    expect(interviewValues(debriefed, 1)['discussed']).toBe(
      'how the team shares research findings',
    );
    expect(interviewValues(debriefed, 2)).toMatchObject({
      interviewerName: 'Priya Shah',
      discussed: '',
    });
  });

  it('suggests copying in the main contact on a message meant for them that goes to someone else', () => {
    const [dana] = recipientsOf(interview);
    const priya = { name: 'Priya Shah', greeting: '', email: 'priya@x.io', timeZone: '' };
    const withContact: Interview = { ...interview, contact: priya };
    expect(copyInFor(withContact, true, dana)).toEqual(priya);
    expect(copyInFor(withContact, true, recipientsOf(withContact)[2])).toBeUndefined();
    expect(copyInFor(withContact, false, dana)).toBeUndefined();
    expect(
      copyInFor({ ...interview, contact: { ...priya, email: '' } }, true, dana),
    ).toBeUndefined();
    expect(copyInFor(interview, true, dana)).toBeUndefined();
  });

  it('greets a main contact who also interviewed you as the contact fields say, when their row does not', () => {
    const [dana, sam] = interview.interviewers;
    const both: Interview = {
      ...interview,
      contact: { name: 'Sam Ortiz', greeting: 'Mr. Ortiz', email: 'sam@x.io', timeZone: '' },
    };
    expect(recipientsOf(both).map(({ name, greeting, email }) => [name, greeting, email])).toEqual([
      ['Dana Rivera', dana?.greeting, dana?.email],
      ['Sam Ortiz', 'Mr. Ortiz', 'sam@x.io'],
    ]);
    const greetedInRow: Interview = {
      ...both,
      interviewers: [dana!, { ...sam!, greeting: 'Sam' }],
    };
    expect(interviewValues(greetedInRow, 1)['interviewerName']).toBe('Sam');
  });

  it('greets each person the way they were asked to be greeted, and by name otherwise', () => {
    const [dana, sam] = interview.interviewers;
    const greeted: Interview = {
      ...interview,
      interviewers: [
        { ...dana!, greeting: 'Ms. Rivera' },
        { ...sam!, greeting: '  ' },
      ],
    };
    expect(interviewValues(greeted, 0)['interviewerName']).toBe('Ms. Rivera');
    expect(interviewValues(greeted, 1)['interviewerName']).toBe('Sam Ortiz');
  });

  describe('a panel of three, each with a debrief', () => {
    const person = (name: string, discussed: string) => ({
      ...interview.interviewers[0]!,
      name,
      discussed,
    });
    const panel: Interview = {
      ...interview,
      interviewers: [
        person('Dana Rivera', 'the plan to move patient scheduling online'),
        person('Sam Ortiz', 'how the team shares research findings with nurses'),
        person('Priya Shah', 'the design system the clinics will share next year'),
      ],
    };
    const thankYous = (of: Interview) =>
      [0, 1, 2].map(
        (index) =>
          renderTemplate(get('thank-you-email'), {
            ...ORDINARY,
            ...interviewValues(of, index),
          }).body,
      );

    it("gives three different thank-yous, each naming that person's own topic", () => {
      const [dana, sam, priya] = thankYous(panel);
      expect(dana).toMatch(/^Dear Dana Rivera,[\s\S]*the plan to move patient scheduling online/);
      expect(sam).toMatch(/^Dear Sam Ortiz,[\s\S]*how the team shares research findings/);
      expect(priya).toMatch(/^Dear Priya Shah,[\s\S]*the design system the clinics/);
      expect(nearDuplicates([dana!, sam!, priya!])).toEqual([]);
    });

    it('still warns when two debriefs name the same thing', () => {
      const alike: Interview = {
        ...panel,
        interviewers: panel.interviewers.map((entry) => ({
          ...entry,
          discussed: 'the plan to move patient scheduling online',
        })),
      };
      expect(nearDuplicates(thankYous(alike)).map(({ a, b }) => [a, b])).toEqual([
        [0, 1],
        [0, 2],
        [1, 2],
      ]);
    });
  });

  it('fills nothing in when no interview is saved', () => {
    expect(interviewValues(null, 0)).toEqual({});
  });

  it('leaves the decision date empty when they gave none', () => {
    const { decisionDate, ...undecided } = interview;
    expect(decisionDate).toBeDefined();
    expect(interviewValues(undecided, 0)['decisionDate']).toBe('');
  });

  it('maps your saved details to the template fields', () => {
    expect(youValues({ name: 'Alex Kim', email: 'alex@example.com', phone: '555-0142' })).toEqual({
      yourName: 'Alex Kim',
      yourEmail: 'alex@example.com',
      yourPhone: '555-0142',
    });
  });
});

describe('reading a saved draft', () => {
  const auto = interviewValues(interview, 0);
  const values = {
    ...auto,
    yourName: 'Alex Kim',
    topic: 'the scheduling project',
  };

  it('starts from the template when there is no draft', () => {
    expect(readDraft(THANKS, undefined, auto)).toEqual(noEdits());
  });

  it('keeps typed values and follows the template when the text was not edited', () => {
    const saved = draftToSave(THANKS, values, { ...noEdits(), typed: { topic: values.topic } });
    expect(saved).not.toBeNull();
    const draft = { ...saved!, updatedAt: '2026-11-24T18:00:00.000Z' };
    expect(readDraft(THANKS, draft, auto)).toEqual({
      typed: { topic: 'the scheduling project' },
      subject: null,
      body: null,
    });
  });

  it('keeps edited text as written', () => {
    const body = 'Dear Dana,\n\nThanks so much.\n\nAlex';
    const saved = draftToSave(THANKS, values, { typed: {}, subject: null, body });
    const draft = { ...saved!, updatedAt: '2026-11-24T18:00:00.000Z' };
    expect(readDraft(THANKS, draft, auto)).toMatchObject({ subject: null, body });
  });

  it('still follows the template after the interview details change', () => {
    const saved = draftToSave(THANKS, values, { ...noEdits(), typed: { topic: values.topic } });
    const draft = { ...saved!, updatedAt: '2026-11-24T18:00:00.000Z' };
    const renamed = { ...auto, role: 'Senior Product Designer' };
    expect(readDraft(THANKS, draft, renamed)).toMatchObject({ subject: null, body: null });
  });

  it('counts an interview value as typed over only when it differs from the interview', () => {
    const typed = { company: 'Northwind', topic: values.topic };
    const saved = draftToSave(THANKS, { ...values, company: 'Northwind' }, { ...noEdits(), typed });
    const draft = { ...saved!, updatedAt: '2026-11-24T18:00:00.000Z' };
    expect(readDraft(THANKS, draft, auto).typed).toEqual(typed);
    expect(readDraft(THANKS, draft, { ...auto, company: 'Northwind' }).typed).toEqual({
      topic: values.topic,
    });
  });

  it('never reads your own details from a draft', () => {
    const saved = draftToSave(THANKS, values, { ...noEdits(), typed: { topic: values.topic } });
    const draft = { ...saved!, updatedAt: '2026-11-24T18:00:00.000Z' };
    expect(readDraft(THANKS, draft, auto).typed).not.toHaveProperty('yourName');
  });
});

describe('saving a draft', () => {
  it.each([
    ['nothing was typed or edited', noEdits()],
    ['a field was typed and then emptied again', { ...noEdits(), typed: { topic: '  ' } }],
  ])('keeps nothing when %s', (_, edits) => {
    expect(draftToSave(THANKS, interviewValues(interview, 0), edits)).toBeNull();
  });

  it('keeps an interview value cleared on purpose', () => {
    const saved = draftToSave(
      THANKS,
      { ...interviewValues(interview, 0), company: '' },
      { ...noEdits(), typed: { company: '' } },
    );
    expect(saved?.fields['company']).toBe('');
    expect(saved?.body).toContain('{{company}}');
  });

  it('saves the text as shown and every field it was filled with', () => {
    const saved = draftToSave(
      THANKS,
      { ...interviewValues(interview, 1), topic: 'research', yourName: 'Alex Kim', extra: 'x' },
      { typed: { topic: 'research' }, subject: 'Thanks, Sam', body: null },
    );
    expect(saved).toEqual({
      subject: 'Thanks, Sam',
      body: 'Dear Sam Ortiz,\n\nThank you for talking about research at Northwind Health.\n\nAlex Kim',
      fields: {
        interviewerName: 'Sam Ortiz',
        role: 'Product Designer',
        company: 'Northwind Health',
        topic: 'research',
        yourName: 'Alex Kim',
      },
    });
  });
});

describe('words the builder shows', () => {
  it.each([
    ['a'.repeat(150), { text: '150 of 200 characters', over: false }],
    ['a'.repeat(200), { text: '200 of 200 characters', over: false }],
    ['a'.repeat(212), { text: '212 of 200 characters: 12 too many', over: true }],
    ['é'.repeat(200), { text: '200 of 200 characters', over: false }],
  ])('counts %#: a text against a 200-character limit', (body, expected) => {
    expect(characterCount(body, 200)).toEqual(expected);
  });

  it.each([
    [null, 'Dear Dana,', 'Dear Dana,'],
    [' Thank you ', 'Dear Dana,', 'Subject: Thank you\n\nDear Dana,'],
  ])('copies subject %j with the body', (subject, body, expected) => {
    expect(copyText(subject, body)).toBe(expected);
  });

  it('says nothing when no two messages are alike', () => {
    expect(duplicateWarning(['Dana', 'Sam'], [])).toBeNull();
  });

  it('names the two people whose messages read alike', () => {
    expect(
      duplicateWarning(['Dana Rivera', 'Sam Ortiz'], [{ a: 0, b: 1, similarity: 0.9 }]),
    ).toMatchInlineSnapshot(
      `"Your messages to Dana Rivera and Sam Ortiz read almost the same. Interviewers often compare notes, so give each person a detail from your own conversation with them."`,
    );
  });

  it('lists every pair when several read alike, naming unnamed interviewers by number', () => {
    expect(
      duplicateWarning(
        ['Dana', '', 'Lee'],
        [
          { a: 0, b: 1, similarity: 0.9 },
          { a: 1, b: 2, similarity: 0.85 },
        ],
      ),
    ).toMatchInlineSnapshot(
      `"Some of your messages read almost the same: Dana and interviewer 2; interviewer 2 and Lee. Interviewers often compare notes, so give each person a detail from your own conversation with them."`,
    );
  });
});

describe('whom a message goes to', () => {
  it('lists the interviewers, then the main contact when they did not interview you', () => {
    const withContact = {
      ...interview,
      contact: { name: 'Priya Shah', greeting: 'Ms. Shah', email: 'priya@n.example', timeZone: '' },
    };
    expect(recipientsOf(withContact).map(({ name }) => name)).toEqual([
      'Dana Rivera',
      'Sam Ortiz',
      'Priya Shah',
    ]);
    expect(mainContactIndex(withContact)).toBe(2);
    // Greeted the way the timeline was told to greet them.
    expect(interviewValues(withContact, 2)['interviewerName']).toBe('Ms. Shah');
  });

  it('takes the first interviewer as the main contact when none is given, or the one named', () => {
    expect(mainContactIndex(interview)).toBe(0);
    const named = {
      ...interview,
      contact: { name: 'Sam Ortiz', greeting: '', email: '', timeZone: '' },
    };
    expect(recipientsOf(named)).toHaveLength(2);
    expect(mainContactIndex(named)).toBe(1);
  });
});

describe('blanks as a person reads them', () => {
  const fields = [field('topic', 'message'), field('yourName', 'you')].map((entry) => ({
    ...entry,
    label: entry.name === 'topic' ? 'Something you discussed' : 'Your name',
  }));

  it('writes each unfilled placeholder as its label in brackets', () => {
    expect(readableBlanks('About {{topic}}.\n{{ yourName }}', fields)).toBe(
      'About [Something you discussed].\n[Your name]',
    );
  });

  it('names a placeholder no field declares by its own name', () => {
    expect(readableBlanks('Dear {{first name}},', fields)).toBe('Dear [first name],');
  });

  it('lists the blanks still in a text once each, in the order of the fields', () => {
    expect(blanksIn('[Your name] [Something you discussed] [Your name]', fields)).toEqual([
      '[Something you discussed]',
      '[Your name]',
    ]);
    expect(blanksIn('All filled in.', fields)).toEqual([]);
  });
});

describe('the same draft edited in two tabs', () => {
  const base = { typed: { topic: 'research' }, subject: null, body: null };

  it.each([
    [
      'keeps a field the other tab typed, and the one typed here',
      { typed: { topic: 'research', role: 'Lead designer' }, subject: null, body: null },
      { typed: { topic: 'the roadmap' }, subject: null, body: null },
      { typed: { topic: 'the roadmap', role: 'Lead designer' }, subject: null, body: null },
    ],
    [
      'lets this tab win a field both tabs changed',
      { typed: { topic: 'hiring' }, subject: null, body: null },
      { typed: { topic: 'the roadmap' }, subject: null, body: null },
      { typed: { topic: 'hiring' }, subject: null, body: null },
    ],
    [
      'keeps a subject edited in the other tab when this tab edited only the body',
      { typed: { topic: 'research' }, subject: null, body: 'My own words' },
      { typed: { topic: 'research' }, subject: 'Their subject', body: null },
      { typed: { topic: 'research' }, subject: 'Their subject', body: 'My own words' },
    ],
    [
      'forgets a value cleared here',
      { typed: {}, subject: null, body: null },
      { typed: { topic: 'research', role: 'Analyst' }, subject: null, body: null },
      { typed: { role: 'Analyst' }, subject: null, body: null },
    ],
  ])('%s', (_, mine, theirs, expected) => {
    expect(mergeEdits(base, mine, theirs)).toEqual(expected);
  });
});
