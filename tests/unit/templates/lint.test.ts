import { describe, expect, it } from 'vitest';
import {
  GUIDE_ANCHORS,
  LINT_RULES,
  lintChannel,
  lintMessage,
  messageStats,
  type LintContext,
  type LintRule,
} from '../../../src/lib/templates';
import {
  CHANNEL,
  NEGATIVITY,
  OVERSHARE,
  PUSHY,
  SLANG,
} from '../../../src/lib/templates/lint-phrases';

const CHECK_IN: LintContext = {
  channel: 'email',
  step: 'check-in',
  subject: 'Checking in: Product Designer position',
};
const THANK_YOU: LintContext = {
  channel: 'email',
  step: 'thank-you',
  subject: 'Thank you: Product Designer interview',
};
const CARD: LintContext = { channel: 'letter', step: 'handwritten-note' };
const LINKEDIN: LintContext = { channel: 'linkedin', step: 'linkedin', limit: 200 };
const PHONE: LintContext = { channel: 'phone', step: 'check-in' };
/** A thank-you to Dana Ortiz of Northwind Health, with a second interviewer and two other saved interviews. */
const TO_DANA: LintContext = {
  ...THANK_YOU,
  stage: 'just-interviewed',
  recipient: 'Dana Ortiz',
  company: 'Northwind Health',
  otherNames: ['Sam Lee'],
  otherCompanies: ['Contoso', 'Globex Corporation', 'Blue Yonder', 'Target'],
};
const to = (recipient: string | undefined): LintContext => ({ ...TO_DANA, recipient });

/** A short, otherwise clean email that opens with `greeting`. */
const letter = (greeting: string, text = 'Thank you for meeting with me today.'): string =>
  `${greeting}\n\n${text}\n\nBest regards,\nJordan Lee`;

const rulesFor = (text: string, context: LintContext = CHECK_IN): LintRule[] =>
  lintMessage(text, context).map((finding) => finding.rule);

const words = (count: number): string => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');

const thankYou = (sentences: readonly string[]): string =>
  [
    'Dear Ms. Rivera,',
    '',
    sentences.join(' '),
    '',
    'Best regards,',
    'Jordan Lee',
    'jordan.lee@example.com',
  ].join('\n');

type Case = readonly [text: string, context?: LintContext];

const CASES: readonly { rule: LintRule; flags: readonly Case[]; passes: readonly Case[] }[] = [
  {
    rule: 'placeholder',
    flags: [
      ['Dear {{interviewerName}}, thank you for your time.'],
      ['Dear [Interviewer’s Name], thank you for your time.'],
      ['Thank you for your time.\n\nBest regards,\n[Your Name]'],
      ['I would be glad to talk again about {{ first name }}.'],
    ],
    passes: [
      ['The posting said “experiance” [sic], which made me smile.'],
      ['The study [1] found the same thing.'],
      ['My case studies are in [my portfolio](https://example.com/work).'],
      ['Dear Ms. Rivera, thank you for your time.'],
    ],
  },
  {
    rule: 'too-long',
    flags: [
      [thankYou(['One.', 'Two.', 'Three.', 'Four.', 'Five.']), THANK_YOU],
      [
        'Dear Dana,\nThank you. I enjoyed it. I learned a lot. I am interested. I will wait.\nWith thanks,\nJordan',
        CARD,
      ],
      [words(201), CHECK_IN],
      [words(230), PHONE],
      [
        `${thankYou(['One.', 'Two.'])}\n\n${'I also wanted to add one more point. '.repeat(125)}`,
        THANK_YOU,
      ],
      [`${thankYou(['One.', 'Two.', 'Three.', 'Four.'])}\n\nP.S. I loved the demo.`, THANK_YOU],
    ],
    passes: [
      [thankYou(['One.', 'Two.', 'Three.', 'Four.']), THANK_YOU],
      [
        thankYou([
          'Ms. Rivera and Dr. Chen met me at 10 a.m. on Tuesday, Nov. 24.',
          'We talked about the U.S. launch, e.g. the pricing page.',
          'I enjoyed it.',
          'I look forward to hearing from you.',
        ]),
        THANK_YOU,
      ],
      [
        'Dear Ms. Rivera,\n\nOne. Two. Three. Four.\n\nThank you for your time,\nJordan Lee\nProduct Designer\n555-0142',
        THANK_YOU,
      ],
      [words(200), CHECK_IN],
      [
        'Dear Dana,\n\nOne. Two. Three. Four.\n\nBest regards,\nJordan Lee, Ph.D.\nProduct Designer\nSent from my phone',
        THANK_YOU,
      ],
    ],
  },
  {
    rule: 'char-limit',
    flags: [
      ['a'.repeat(201), LINKEDIN],
      ['田'.repeat(201), LINKEDIN],
      ['a'.repeat(51), { channel: 'email', step: 'anytime', subject: 'Hello', limit: 50 }],
    ],
    passes: [
      ['a'.repeat(200), LINKEDIN],
      ['é'.repeat(200), LINKEDIN],
      ['🙂' + 'a'.repeat(199), LINKEDIN],
      ['a'.repeat(400), { channel: 'linkedin', step: 'linkedin' }],
    ],
  },
  {
    rule: 'emoji',
    flags: [
      ['Thank you for your time 🙂'],
      ['Thank you for your time :)'],
      ['🎉 Thank you for the news.'],
      ['See you soon ;-)'],
      ['Great to meet you 🇺🇸.'],
    ],
    passes: [
      ['Acme™ and Acme® are © 2026 Acme Inc.'],
      ['We met at 10:30 (in room 2).'],
      ['Note:Details follow (see part a):'],
      ['Thank you for your time.'],
    ],
  },
  {
    rule: 'slang',
    flags: [
      ['Hey Dana, thank you for your time.'],
      ['I am gonna send the samples tomorrow.'],
      ['The roadmap sounded really COOL.'],
      ['I am super excited about the role.'],
      ['Thank u for your time.'],
      ['Yeah, that works for me.'],
    ],
    passes: [
      ['I went to school in Ohio.'],
      ['The cooling system in the lab was new.'],
      ['They said the U.S. team leads the project.'],
      ['Thank you for showing me the cool-headed way your team handles outages.'],
      ['Ms. Heyward showed me the studio.'],
    ],
  },
  {
    rule: 'exclamation',
    flags: [
      ['Thank you!! I enjoyed it.'],
      ['Thank you! I enjoyed it!'],
      ['What a day‼'],
      ['I enjoyed it!', { ...CHECK_IN, subject: 'Thank you!' }],
    ],
    passes: [
      ['Thank you for your time!'],
      ['Thank you for your time.'],
      ['I enjoyed it!', { ...CHECK_IN, subject: 'Thank you: Product Designer interview' }],
    ],
  },
  {
    rule: 'pushy',
    flags: [
      ['I need an answer by Friday.'],
      ['Please reply ASAP.'],
      ['Why haven’t you replied to my email?'],
      ['Please let me know your decision as soon as possible.'],
      ['I’m desperate for this role.'],
      ['Please, I really need this job.'],
      ['I am following up again about the role.'],
      ['I expect to hear from you this week.'],
    ],
    passes: [
      ['I can send the references as soon as possible.'],
      ['I look forward to hearing from you.'],
      ['Is there any news on the timing?'],
      ['I am following up on our conversation about the role.'],
    ],
  },
  {
    rule: 'assumes-outcome',
    flags: [
      ['When I start, I will redesign the portal.'],
      ['I can’t wait for my first day.'],
      ['I look forward to working with you.'],
      ['Looking forward to joining the team.'],
      ['I guess I didn’t get the job.'],
      ['I assume you went with another candidate.'],
    ],
    passes: [
      ['I look forward to hearing from you.'],
      ['I would welcome the chance to work with you.'],
      ['When I started my current job, I led a similar project.'],
      ['My first project as a designer was a clinic booking app.'],
    ],
  },
  {
    rule: 'negativity',
    flags: [
      ['My last boss was a nightmare, so this role appeals to me.'],
      ['The second panel seemed incompetent.'],
      ['That first round felt like a waste of time.'],
      ['I hated my old job.'],
      ['The receptionist was rude to me.'],
    ],
    passes: [
      ['My last manager was a generous mentor.'],
      ['My former manager is one of my references.'],
      ['Crude estimates were fine for the first draft.'],
      ['I would hate to miss the deadline, so I sent it today.'],
    ],
  },
  {
    rule: 'overshare',
    flags: [
      ['I am going through a divorce, so the timing is hard.'],
      ['My rent is due next week.'],
      ['I need to pick up my kids at three.'],
      ['I’m pregnant and due in May.'],
      ['Because of my health issues I left my last role.'],
    ],
    passes: [
      ['I supported the clinic’s pregnancy care program.'],
      ['I analysed debt markets for six years.'],
      ['My health-care experience includes two hospitals.'],
      ['My work in family law covers divorce cases.'],
    ],
  },
  {
    rule: 'subject-missing',
    flags: [
      ['Thank you for your time.', { channel: 'email', step: 'thank-you', subject: '' }],
      ['Thank you for your time.', { channel: 'email', step: 'thank-you', subject: '   ' }],
      ['Thank you for your time.', { channel: 'email', step: 'thank-you' }],
    ],
    passes: [
      ['Thank you for your time.', THANK_YOU],
      ['Thank you for your time.', LINKEDIN],
      ['Thank you for your time.', PHONE],
      ['Thank you for your time.', CARD],
    ],
  },
  {
    rule: 'subject-long',
    flags: [
      ['Thank you.', { ...CHECK_IN, subject: 'a'.repeat(61) }],
      [
        'Thank you.',
        {
          ...CHECK_IN,
          subject: 'Thank you for taking the time to meet with me about the Product Designer role',
        },
      ],
      ['Thank you.', { ...CHECK_IN, subject: 'é'.repeat(70) }],
    ],
    passes: [
      ['Thank you.', { ...CHECK_IN, subject: 'a'.repeat(60) }],
      ['Thank you.', { ...CHECK_IN, subject: '田'.repeat(60) }],
      ['Thank you.', THANK_YOU],
    ],
  },
  {
    rule: 'repeated-word',
    flags: [
      ['I enjoyed the the tour of the studio.'],
      ['Thank you you for your time.'],
      ['The The team was welcoming.'],
    ],
    passes: [
      ['By then I had had two interviews with the team.'],
      ['Sam Samuels showed me the theme.'],
      ['Thank you.\nYou were kind to show me around.'],
    ],
  },
  {
    rule: 'double-space',
    flags: [['Thank you  for your time.'], ['Thank you.  I enjoyed it.'], ['One  two  three.']],
    passes: [
      ['Thank you for your time.'],
      ['Thank you.\n  Indented on purpose.'],
      ['Thank you.  \nNext line.'],
    ],
  },
  {
    rule: 'channel',
    flags: [
      ['Thank you for your time.', { channel: 'sms', step: 'thank-you' }],
      ['Thank you for your time.', { channel: 'facebook', step: 'thank-you' }],
      ['Thank you for your time.', { channel: 'carrier pigeon', step: 'thank-you' }],
      ['I’ll text you tomorrow to check in.'],
      ['Feel free to DM me with any questions.'],
      ['I messaged you on Instagram last week.'],
    ],
    passes: [
      ['The text of the posting mentioned research.'],
      ['The context you gave helped me prepare.'],
      ['I saw the opening posted on LinkedIn.'],
      ['The display is 3 dm wide.'],
    ],
  },
  {
    rule: 'wrong-name',
    flags: [
      [letter('Dear Sam,'), TO_DANA],
      [letter('Dear Mr. Lee,'), TO_DANA],
      [letter('Hi Priya,'), TO_DANA],
      [letter('Dear Ms. Rivera,'), TO_DANA],
      [letter('Dear Dana Rivera,'), TO_DANA],
      [letter('Dear Sam,'), { ...TO_DANA, otherNames: [] }],
      [
        'Hello Sam Lee, this is Jordan Lee, calling about the role.',
        { ...PHONE, recipient: 'Dana Ortiz' },
      ],
      [
        'Hello Sam, I enjoyed our talk.',
        { ...LINKEDIN, recipient: 'Dana Ortiz', otherNames: ['Sam Lee'] },
      ],
    ],
    passes: [
      [letter('Dear Dana,'), TO_DANA],
      [letter('Dear Ms. Ortiz,'), TO_DANA],
      [letter('Hi Dana,'), TO_DANA],
      [letter('Dear Dana Ortiz,'), TO_DANA],
      [letter('Dear Dr. Ortiz,'), TO_DANA],
      [letter('Good morning Dana,'), TO_DANA],
      [letter('Dear Dana María Ortiz,'), TO_DANA],
      [letter('Dear Hiring Manager,'), TO_DANA],
      [letter('Dear Northwind Health team,'), TO_DANA],
      [letter('Dear Northwind Health,'), TO_DANA],
      [letter('Hello everyone,'), TO_DANA],
      [letter('Dear Sir or Madam,'), TO_DANA],
      [letter('Dear Sir/Madam,'), TO_DANA],
      [letter('Dear Dana and Sam,'), TO_DANA],
      [letter('Hello again, Dana,'), TO_DANA],
      [letter('Dear Bob,'), to('Robert Chen')],
      [letter('Dear Mike,'), to('Michael Chen')],
      [letter('Dear Chris,'), to('Christopher Chen')],
      [letter('Dear Jose,'), to('José Müller')],
      [letter('Dear Ms. Ortiz,'), to('Dana García-Ortiz')],
      [letter('Dear O’Brien,'), to('Pat OBrien')],
      [letter('Dear Dana,'), to('Ms. Rivera')],
      [letter('Dear Ms. Ortiz,'), to('Dana')],
      [letter('Dear Sam,'), to(undefined)],
      [letter('Dear 田中様,'), to('田中 美咲')],
    ],
  },
  {
    rule: 'other-company',
    flags: [
      [letter('Dear Dana,', 'I am excited about the role at Contoso.'), TO_DANA],
      [letter('Dear Dana,', 'I enjoyed the tour of the Globex studio.'), TO_DANA],
      [letter('Dear Dana,', 'Joining blue yonder would mean a lot.'), TO_DANA],
      ['Thank you for your time.', { ...TO_DANA, subject: 'Thank you: Contoso interview' }],
    ],
    passes: [
      [letter('Dear Dana,', 'I am excited about the role at Northwind Health.'), TO_DANA],
      [letter('Dear Dana,', 'Our target is a faster launch.'), TO_DANA],
      [letter('Dear Dana,', 'The Contosoft case study was useful.'), TO_DANA],
      [
        letter('Dear Dana,', 'I enjoyed meeting the Northwind team.'),
        { ...TO_DANA, otherCompanies: ['Northwind', 'Northwind Health, Inc.'] },
      ],
      [
        letter('Dear Dana,', 'I am excited about the role at Contoso.'),
        { ...TO_DANA, otherCompanies: [] },
      ],
    ],
  },
  {
    rule: 'greeting-missing',
    flags: [
      ['Thank you for meeting with me today.\n\nBest regards,\nJordan', TO_DANA],
      ['Thank you for meeting with me today.\n\nWith thanks,\nJordan', CARD],
      ['I interviewed for the role on Tuesday.\n\nI would welcome any news.', CHECK_IN],
    ],
    passes: [
      [letter('Dear Dana,'), TO_DANA],
      [letter('Dana,'), TO_DANA],
      [letter('Ms. Ortiz:'), TO_DANA],
      [letter('To whom it may concern:'), TO_DANA],
      ['Hello Dana, thank you for the talk today.\n\nBest,\nJordan', TO_DANA],
      ['Subject: Thank you\n\nDear Dana,\n\nThank you.\n\nBest,\nJordan', TO_DANA],
      ['Thank you for your time.', TO_DANA],
      ['Thank you for your time.\n\nBest,\nJordan', LINKEDIN],
      ['Thank you for your time.\n\nBest,\nJordan', PHONE],
    ],
  },
  {
    rule: 'stock-phrase',
    flags: [
      ['I am just checking in about the role.'],
      ['Just following up on my email.'],
      ['I just wanted to follow up on the role.'],
      ['I wanted to circle back on our talk.'],
      ['Happy to touch base next week.'],
      ['Bumping this to the top of your inbox.'],
      ['As per my last email, I am still interested.'],
      ['Thank you.', { ...CHECK_IN, subject: 'Just checking in' }],
    ],
    passes: [
      ['I am following up on our conversation about the role.'],
      ['I bumped into Sam at the conference.'],
      ['I would be glad to stay in touch.'],
      ['The touch-based kiosk won the award.'],
      ['I have just checked in for my flight.'],
    ],
  },
  {
    rule: 'shouting',
    flags: [
      ['Thank you.', { ...CHECK_IN, subject: 'URGENT: QUICK QUESTION!!!' }],
      ['THANK YOU for your time.'],
      ['I am VERY interested in the role.'],
      ['PLEASE LET ME KNOW SOON.'],
      ['I HOPE TO HEAR FROM YOU.'],
      ['I WAS HOPING YOU COULD SEND IT.'],
    ],
    passes: [
      ['I used SQL and AWS at NASA.'],
      ['The HIPAA and FINRA audits went well.'],
      ['I hold a PMP and an MBA, and I am an AWS Certified Developer.'],
      ['We used AWS EC2 and S3 for the pipeline.'],
      ['I led the CRM, ERP, API and SDK work.'],
      ['I presented to NASA JPL ESA partners.'],
      ['P.S. I enjoyed it.'],
      ['I worked at IKEA for two years.'],
      ['The US GAAP and IFRS reports were due.'],
      [letter('Dear Ms. DUPONT,'), { ...TO_DANA, recipient: 'Jeanne DUPONT' }],
    ],
  },
  {
    rule: 'subject-vague',
    flags: [
      ['Thank you.', { ...CHECK_IN, subject: 'URGENT' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Important' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Quick question' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Following up' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Re: Following up!!' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Follow-up' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Quick question about the role' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Time-sensitive: Product Designer interview' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Any update?' }],
    ],
    passes: [
      ['Thank you.', THANK_YOU],
      ['Thank you.', { ...CHECK_IN, subject: 'Product Designer interview: next steps' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Following up on my Product Designer interview' }],
      ['Thank you.', { ...CHECK_IN, subject: 'Product Designer position: a timing question' }],
      ['Thank you.', CHECK_IN],
      ['Thank you.', { ...LINKEDIN, subject: 'Important' }],
    ],
  },
  {
    rule: 'pay-question',
    flags: [
      ['What is the salary range for the role?'],
      ['P.S. Could you tell me about the vacation policy?'],
      ['I would like to know more about the benefits package.'],
      ['How much does the role pay?'],
      ['Is there a signing bonus?'],
      ['What are the benefits?'],
      ['What’s the PTO like?'],
      ['Could you share the pay range?'],
      ['Could you share the pay range?', { ...TO_DANA, stage: 'waiting' }],
    ],
    passes: [
      ['I enjoyed hearing about the benefits of the approach.'],
      ['What are the benefits of the approach?'],
      ['The new scheduling benefits patients and staff.'],
      ['I led a compensation analytics project at my last job.'],
      ['As you asked, I have attached my salary requirements.'],
      ['How did the vacation rental launch go?'],
      ['Would you like me to send the payroll samples?'],
      [
        'Could you confirm the salary and start date in writing?',
        { ...TO_DANA, stage: 'heard-back', step: 'anytime' },
      ],
    ],
  },
  {
    rule: 'question-marks',
    flags: [['Any news??'], ['Did you get my email?!'], ['Really?!?'], ['Any news‽']],
    passes: [
      ['Any news? I would be glad to help.'],
      ['Is there anything else you need?'],
      ['Thank you!'],
      ['What a day!! Thank you.'],
    ],
  },
];

const table = (cases: readonly Case[]) =>
  cases.map(([text, context]) => ({ text, context: context ?? CHECK_IN }));

describe.each(CASES)('the $rule rule', ({ rule, flags, passes }) => {
  it.each(table(flags))('flags $text', ({ text, context }) => {
    expect(rulesFor(text, context)).toContain(rule);
  });

  it.each(table(passes))('lets $text pass', ({ text, context }) => {
    expect(rulesFor(text, context)).not.toContain(rule);
  });
});

describe('the findings', () => {
  it('come in a stable order: errors first, then warnings, then info, each in rule order', () => {
    const text = 'hey {{interviewerName}}!! I need an answer ASAP.  :)';
    expect(rulesFor(text, { channel: 'email', step: 'check-in' })).toEqual([
      'placeholder',
      'subject-missing',
      'pushy',
      'slang',
      'emoji',
      'exclamation',
      'double-space',
    ]);
    expect(lintMessage(text, { channel: 'email', step: 'check-in' })).toEqual(
      lintMessage(text, { channel: 'email', step: 'check-in' }),
    );
  });

  it('link only to the guide sections the articles promise', () => {
    const anchors = new Set<string>(Object.values(GUIDE_ANCHORS));
    expect(LINT_RULES.every((entry) => anchors.has(entry.guide))).toBe(true);
    const all = lintMessage(
      'hey {{x}}!! I need an answer.  I hated it. My divorce. When I start.',
      {
        channel: 'email',
        step: 'thank-you',
        limit: 10,
      },
    );
    expect(all.length).toBeGreaterThan(8);
    for (const finding of all) expect(anchors.has(finding.guide)).toBe(true);
  });

  it('list every rule once in the rule table', () => {
    expect(new Set(LINT_RULES.map((entry) => entry.rule)).size).toBe(LINT_RULES.length);
    expect(CASES.map((entry) => entry.rule).sort()).toEqual(
      LINT_RULES.map((entry) => entry.rule).sort(),
    );
  });

  it('read curly and straight apostrophes alike', () => {
    expect(rulesFor('I’m desperate.')).toEqual(rulesFor("I'm desperate."));
  });

  it('accept a channel written in capitals', () => {
    expect(rulesFor('Thank you for your time.', { ...THANK_YOU, channel: 'Email' })).toEqual([]);
  });
});

describe('messages', () => {
  it('explain a casual, pushy thank-you with the fix for each problem', () => {
    expect(
      lintMessage('Hey Dana,\n\nThanks!! I need an answer ASAP, gonna wait lol.\n\nJordan', {
        channel: 'email',
        step: 'thank-you',
        subject: '',
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "guide": "/guides/thank-you-note/#write-a-clear-subject-line",
          "message": "The email has no subject line. Add one that names the role, such as “Thank you: Product Designer interview”.",
          "rule": "subject-missing",
          "severity": "error",
        },
        {
          "guide": "/guides/the-donts/#dont-push-or-pester",
          "message": "“I need an answer” and “ASAP” can read as pressure. Ask politely where things stand, and give them time to answer.",
          "rule": "pushy",
          "severity": "warning",
        },
        {
          "guide": "/guides/the-donts/#keep-it-professional",
          "message": "This reads as too casual for an employer: write “Hello” instead of “Hey”, write “going to” instead of “gonna” and delete “lol”.",
          "rule": "slang",
          "severity": "warning",
        },
        {
          "guide": "/guides/the-donts/#keep-it-professional",
          "message": "There are 2 exclamation marks, including “!!”. Keep one at most, and end the other sentences with a period.",
          "rule": "exclamation",
          "severity": "warning",
        },
      ]
    `);
  });

  it('explain a LinkedIn note over the limit with both counts', () => {
    expect(lintMessage('a'.repeat(243), LINKEDIN)).toMatchInlineSnapshot(`
      [
        {
          "guide": "/guides/linkedin-and-social-media/#personalize-the-connection-request",
          "message": "The note is 243 characters; LinkedIn allows 200 in a connection request from a free account. Cut at least 43 characters.",
          "rule": "char-limit",
          "severity": "error",
        },
      ]
    `);
  });

  it('explain a thank-you that runs long, with a long subject', () => {
    expect(
      lintMessage(thankYou(['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.']), {
        ...THANK_YOU,
        subject: 'Thank you so much for taking the time to meet me about the Product Designer role',
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "guide": "/guides/thank-you-note/#keep-it-short",
          "message": "Your thank-you runs to 6 sentences. Keep it to three or four: thank them, recall one thing you discussed, say why you fit, and close.",
          "rule": "too-long",
          "severity": "warning",
        },
        {
          "guide": "/guides/thank-you-note/#write-a-clear-subject-line",
          "message": "The subject line is 80 characters, and inboxes cut it off after about 60. Shorten it to the reason and the role, such as “Thank you: Product Designer interview”.",
          "rule": "subject-long",
          "severity": "warning",
        },
      ]
    `);
  });

  it('explain leftover placeholders and a hint of texting', () => {
    expect(
      lintMessage(
        'Dear {{interviewerName}},\n\nI will text you on [Decision Date].\n\n[Your Name]',
        {
          channel: 'email',
          step: 'check-in',
          subject: 'Checking in',
        },
      ).map((finding) => [finding.severity, finding.message]),
    ).toMatchInlineSnapshot(`
      [
        [
          "error",
          "The message still contains “{{interviewerName}}”, “[Decision Date]” and “[Your Name]”. Fill them in, or delete them, before you send it.",
        ],
        [
          "warning",
          "“text you” points to a text or a social-network message, which is too casual for an employer. Reach them by email, phone or LinkedIn, and reword the line.",
        ],
      ]
    `);
  });

  it('explain an assumption, a complaint and an overshare in one message', () => {
    expect(
      lintMessage(
        'I look forward to working with you, since my last boss was a nightmare and my rent is due.',
        CHECK_IN,
      ).map((finding) => finding.message),
    ).toMatchInlineSnapshot(`
      [
        "“look forward to working with” assumes the job is yours. Speak of it as a hope, such as “I would welcome the chance to join the team”.",
        "“my last boss was a nightmare” can read as speaking badly of someone. Leave complaints about people and past jobs out, and keep to this role and what you offer.",
        "“my rent” is a personal matter. Leave it out, and keep to your interest in the role and what you bring to it.",
      ]
    `);
  });
});

describe('lintChannel', () => {
  it.each(['email', 'letter', 'linkedin', 'phone', ' Email '])('accepts %s', (channel) => {
    expect(lintChannel(channel)).toEqual([]);
  });

  it.each([
    ['sms'],
    ['text'],
    ['whatsapp'],
    ['facebook'],
    ['instagram'],
    ['twitter'],
    ['x'],
    ['pinterest'],
    ['fax'],
  ])('reports %s as a channel error with a fix', (channel) => {
    const [finding] = lintChannel(channel);
    expect(finding).toMatchObject({
      rule: 'channel',
      severity: 'error',
      guide: '/guides/linkedin-and-social-media/#where-never-to-send-a-message',
    });
    expect(finding?.message).toMatch(/email/i);
  });

  it('names the channel in the message', () => {
    expect(lintChannel('sms').map((finding) => finding.message)).toMatchInlineSnapshot(`
      [
        "Text messages are too casual for following up with an employer. Send an email instead, or call if they asked you to.",
      ]
    `);
    expect(lintChannel('Instagram').map((finding) => finding.message)).toMatchInlineSnapshot(`
      [
        "Instagram is not a professional network, so a follow-up there comes across as too casual. Send an email, or connect on LinkedIn with a short note.",
      ]
    `);
    expect(lintChannel('Carrier pigeon').map((finding) => finding.message)).toMatchInlineSnapshot(`
      [
        "“Carrier pigeon” is not a channel for following up after an interview. Use email, a letter, a phone call or LinkedIn.",
      ]
    `);
  });
});

describe('messageStats', () => {
  it.each([
    ['Dear Ms. Rivera,\n\nOne. Two? Three!\n\nBest regards,\nJordan', 3],
    ['Hello Dana, thank you for the talk. I enjoyed it. Jordan', 3],
    [
      'Dear Dana,\n\nThe meeting at 9 a.m. went well.\nA line with no full stop\n\nThanks,\nJordan',
      2,
    ],
    ['', 0],
  ])('counts the sentences in %j as %i', (text, sentences) => {
    expect(messageStats(text).sentences).toBe(sentences);
  });

  it('counts characters as a reader sees them, so 田 and é count once', () => {
    expect(messageStats('田中 é').characters).toBe(4);
    expect(messageStats('Jordan Lee-Smith’s note').words).toBe(3);
  });
});

describe('every listed phrase', () => {
  // The checker reads clean text with one combined pattern first; a phrase it left out would
  // never be reported. Plain entries (no pattern syntax) are tried one by one; the lists that
  // hold only patterns, such as the outcome phrases, are covered by the rule tables above.
  const plain = (patterns: readonly string[]) => patterns.filter((p) => /^[\w' -]+$/.test(p));
  const lists: [LintRule, readonly string[]][] = [
    ['slang', plain(SLANG.map(([pattern]) => pattern))],
    ['pushy', plain(PUSHY)],
    ['negativity', plain(NEGATIVITY)],
    ['overshare', plain(OVERSHARE)],
    ['channel', plain(CHANNEL)],
  ];
  it.each(lists)('is reported under %s', (rule, phrases) => {
    expect(phrases.length).toBeGreaterThan(0);
    const missed = phrases.filter(
      (phrase) => !rulesFor(`Thank you for the update. ${phrase} Regards, Sam`).includes(rule),
    );
    expect(missed).toEqual([]);
  });
});
