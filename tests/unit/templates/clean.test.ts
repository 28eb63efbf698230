import { describe, expect, it } from 'vitest';
import { lintMessage, renderTemplate, type LintContext } from '../../../src/lib/templates';
import { INTERNATIONAL, ORDINARY, templates } from './template-files';

// Zero false alarms is the bar: everything here is what a careful person would send, and the
// checker must say nothing about any of it, with everything the builder knows filled in.

/** What the builder knows about an interview with Dana Ortiz at Northwind Health. */
const KNOWN = {
  recipient: 'Dana Ortiz',
  company: 'Northwind Health',
  otherNames: ['Sam Lee', 'Priya Shah'],
  otherCompanies: ['Contoso', 'Globex Corporation', 'Target'],
};

const THANK_YOU: LintContext = {
  channel: 'email',
  step: 'thank-you',
  stage: 'just-interviewed',
  subject: 'Thank you: Product Designer interview',
  ...KNOWN,
};
const CHECK_IN: LintContext = {
  channel: 'email',
  step: 'check-in',
  stage: 'waiting',
  subject: 'Product Designer interview: next steps',
  ...KNOWN,
};
const CARD: LintContext = { channel: 'letter', step: 'handwritten-note', ...KNOWN };
const LINKEDIN: LintContext = { channel: 'linkedin', step: 'linkedin', limit: 200, ...KNOWN };
const OFFER: LintContext = {
  ...CHECK_IN,
  step: 'anytime',
  stage: 'heard-back',
  subject: 'Product Designer offer: a few questions',
};

const email = (greeting: string, ...sentences: string[]): string =>
  `${greeting}\n\n${sentences.join(' ')}\n\nBest regards,\nJordan Lee\njordan.lee@example.com`;

const ORDINARY_TEXT: readonly (readonly [text: string, context: LintContext])[] = [
  [
    email(
      'Dear Dana,',
      'Thank you for our conversation about moving the reporting from SQL Server to AWS.',
      'I enjoyed hearing how your team shares data with NASA.',
      'I look forward to hearing from you.',
    ),
    THANK_YOU,
  ],
  [
    email(
      'Dear Ms. Ortiz,',
      'Thank you for your time today!',
      'I especially enjoyed learning about the benefits of the approach your team takes to research.',
      'I look forward to hearing from you.',
    ),
    THANK_YOU,
  ],
  [
    email(
      'Hi Dana,',
      'Thank you for showing me the studio.',
      'The way the new scheduling benefits patients stayed with me.',
    ),
    THANK_YOU,
  ],
  [email('Dear Dana Ortiz,', 'Thank you for the interview on Tuesday.'), THANK_YOU],
  [email('Dear Dr. Ortiz,', 'Thank you for meeting with me by video.'), THANK_YOU],
  [email('Good morning Dana,', 'Thank you for the tour of the clinic.'), THANK_YOU],
  [
    email(
      'Dear Dana,',
      'I interviewed for the Product Designer position on Tuesday, November 24.',
      'I would welcome any news you can share about the timing.',
      'If references or work samples would help, I can send them right away.',
    ),
    CHECK_IN,
  ],
  [
    email(
      'Dear Dana,',
      'I am following up on our conversation about the role.',
      'Is there anything else I can send you?',
    ),
    CHECK_IN,
  ],
  [
    email(
      'Dear Dana,',
      'Thank you for the offer; I am delighted to have it.',
      'Could you send the salary, benefits and start date in writing?',
      'When would you need my answer?',
    ),
    OFFER,
  ],
  [
    'Dear Dana,\n\nThank you for your time and for such a warm welcome. I hope to hear from you soon.\n\nWarm regards,\nJordan',
    CARD,
  ],
  ['Hello Dana, I enjoyed discussing the AWS migration at my interview. Jordan', LINKEDIN],
  ['I have five years of SQL, AWS and Python experience.', THANK_YOU],
  ['I hold a PMP, and I led our HIPAA and SOC 2 audits.', THANK_YOU],
  ['Thank you for your time!', THANK_YOU],
  ['What are the benefits of the approach?', CHECK_IN],
  ['I am excited about the role at Northwind Health.', CHECK_IN],
  ['Our target is a faster launch.', CHECK_IN],
  ['Is there anything else you need from me?', CHECK_IN],
];

describe('ordinary professional text', () => {
  it.each(ORDINARY_TEXT.map(([text, context]) => ({ text, context })))(
    'draws no finding: $text',
    ({ text, context }) => {
      expect(lintMessage(text, context)).toEqual([]);
    },
  );
});

/** How the interviewer may be greeted, with the recipient the interview names. */
const GREETINGS = [
  ['the full name', ORDINARY, 'Dana Rivera', 'Dana Rivera'],
  ['a title and the surname', ORDINARY, 'Ms. Rivera', 'Dana Rivera'],
  ['the first name', ORDINARY, 'Dana', 'Dana Rivera'],
  ['names outside the ASCII alphabet', INTERNATIONAL, 'José Müller', 'José Müller'],
] as const;

describe.each(templates.map((template) => [template.id, template] as const))(
  'the %s template',
  (_id, template) => {
    it.each(GREETINGS)(
      'filled in with %s draws no finding',
      (_label, values, interviewerName, recipient) => {
        const message = renderTemplate(template, { ...values, interviewerName });
        expect(message.missing).toEqual([]);
        const context: LintContext = {
          channel: template.channel,
          step: template.step,
          stage: template.stage,
          limit: template.limit,
          subject: template.channel === 'email' ? message.subject : undefined,
          recipient,
          company: values.company,
          otherNames: ['Sam Ortiz', 'Priya Shah'],
          otherCompanies: ['Contoso', 'Globex Corporation'],
        };
        expect(lintMessage(message.body, context)).toEqual([]);
      },
    );
  },
);
