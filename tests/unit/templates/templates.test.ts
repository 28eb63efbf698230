import { describe, expect, it } from 'vitest';
import {
  countSentences,
  lintMessage,
  messageStats,
  placeholders,
  renderTemplate,
  similarity,
  splitForHighlight,
} from '../../../src/lib/templates';
import { INTERNATIONAL, ORDINARY, files, get, meta, templates } from './template-files';

const EXPECTED: Record<
  string,
  { channel: string; step: string; stage: string; guide: string; limit?: number }
> = {
  'thank-you-email': {
    channel: 'email',
    step: 'thank-you',
    stage: 'just-interviewed',
    guide: 'thank-you-note',
  },
  'thank-you-group': {
    channel: 'email',
    step: 'thank-you',
    stage: 'just-interviewed',
    guide: 'thank-you-note',
  },
  'thank-you-virtual': {
    channel: 'email',
    step: 'thank-you',
    stage: 'just-interviewed',
    guide: 'thank-you-note',
  },
  'handwritten-card': {
    channel: 'letter',
    step: 'handwritten-note',
    stage: 'just-interviewed',
    guide: 'thank-you-note',
  },
  'linkedin-note': {
    channel: 'linkedin',
    step: 'linkedin',
    stage: 'just-interviewed',
    guide: 'linkedin-and-social-media',
    limit: 200,
  },
  'check-in': { channel: 'email', step: 'check-in', stage: 'waiting', guide: 'checking-in' },
  'second-follow-up': {
    channel: 'email',
    step: 'second-follow-up',
    stage: 'waiting',
    guide: 'checking-in',
  },
  'phone-script': {
    channel: 'phone',
    step: 'check-in',
    stage: 'waiting',
    guide: 'phone-and-voicemail',
  },
  'voicemail-script': {
    channel: 'phone',
    step: 'check-in',
    stage: 'waiting',
    guide: 'phone-and-voicemail',
  },
  'requested-materials': {
    channel: 'email',
    step: 'materials',
    stage: 'just-interviewed',
    guide: 'adding-value',
  },
  'sharing-value': { channel: 'email', step: 'anytime', stage: 'waiting', guide: 'adding-value' },
  'rejection-response': {
    channel: 'email',
    step: 'anytime',
    stage: 'heard-back',
    guide: 'offers-and-rejections',
  },
  'competing-offer': {
    channel: 'email',
    step: 'anytime',
    stage: 'heard-back',
    guide: 'offers-and-rejections',
  },
  'internal-follow-up': {
    channel: 'email',
    step: 'anytime',
    stage: 'just-interviewed',
    guide: 'thank-you-note',
  },
  'closing-the-loop': {
    channel: 'email',
    step: 'anytime',
    stage: 'heard-back',
    guide: 'offers-and-rejections',
  },
};

const STANDARD_SOURCES: Record<string, string> = {
  interviewerName: 'interview',
  company: 'interview',
  role: 'interview',
  interviewDate: 'interview',
  decisionDate: 'interview',
  discussed: 'interview',
  materials: 'interview',
  yourName: 'you',
  yourEmail: 'you',
  yourPhone: 'you',
};

describe('the template collection', () => {
  it('holds exactly the fifteen templates the site map lists', () => {
    expect(files.map((file) => file.replace(/\.md$/, '')).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  it('gives every template a distinct position within its stage', () => {
    const keys = templates.map((template) => `${template.stage}:${meta(template).order}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(templates.map((template) => [template.id, template] as const))(
  'the %s template',
  (id, template) => {
    const expected = EXPECTED[id];

    it('has the channel, step, stage, guide and limit the builder and timeline expect', () => {
      expect({
        channel: template.channel,
        step: template.step,
        stage: template.stage,
        guide: meta(template).guide,
        ...(template.limit === undefined ? {} : { limit: template.limit }),
      }).toEqual(expected);
    });

    it('has a subject line if and only if it is an email', () => {
      expect(typeof template.subject === 'string' && template.subject.trim() !== '').toBe(
        template.channel === 'email',
      );
    });

    it('declares every placeholder it uses and uses every field it declares', () => {
      const used = placeholders(`${template.subject ?? ''}\n${template.body}`).sort();
      expect(template.fields.map((field) => field.name).sort()).toEqual(used);
    });

    it('takes standard fields from the interview or your saved details, and the rest per message', () => {
      for (const field of template.fields) {
        expect([field.name, field.from]).toEqual([
          field.name,
          STANDARD_SOURCES[field.name] ?? 'message',
        ]);
      }
    });

    it('says when to use it in one or two sentences', () => {
      expect(countSentences(meta(template).when)).toBeGreaterThanOrEqual(1);
      expect(countSentences(meta(template).when)).toBeLessThanOrEqual(2);
    });

    it('is plain text, without markdown or HTML', () => {
      expect(template.body).not.toMatch(/^\s*(?:#|[-*+>] |\d+\. )|\*\*|__|`|\]\(|<[a-z/]/im);
    });

    it.each([
      ['ordinary values', ORDINARY],
      ['non-ASCII names and a longer title', INTERNATIONAL],
    ])('fills completely and passes the etiquette checker with %s', (_label, values) => {
      const message = renderTemplate(template, values);
      expect(message.missing).toEqual([]);
      expect(
        lintMessage(message.body, {
          channel: template.channel,
          step: template.step,
          limit: template.limit,
          subject: template.channel === 'email' ? message.subject : undefined,
        }),
      ).toEqual([]);
    });
  },
);

describe('message lengths', () => {
  it.each(['thank-you-email', 'thank-you-group', 'thank-you-virtual', 'handwritten-card'])(
    'keeps the %s to three or four sentences between greeting and sign-off',
    (id) => {
      const { sentences } = messageStats(renderTemplate(get(id), ORDINARY).body);
      expect(sentences).toBeGreaterThanOrEqual(3);
      expect(sentences).toBeLessThanOrEqual(4);
    },
  );

  it('keeps the LinkedIn note well under the 200-character limit', () => {
    expect(
      messageStats(renderTemplate(get('linkedin-note'), ORDINARY).body).characters,
    ).toBeLessThan(160);
    expect(
      messageStats(renderTemplate(get('linkedin-note'), INTERNATIONAL).body).characters,
    ).toBeLessThan(160);
  });

  it('has the voicemail give your name, the role, the reason and your number twice', () => {
    const body = renderTemplate(get('voicemail-script'), ORDINARY).body;
    expect(body).toContain('Jordan Lee');
    expect(body).toContain('Product Designer');
    expect(body).toMatch(/check in/);
    expect(body.split('555-0142')).toHaveLength(3);
  });
});

describe('renderTemplate', () => {
  const template = {
    subject: 'Thank you: {{role}} interview',
    body: '\nDear {{interviewerName}},\n\nI enjoyed {{topic}} at {{company}}.\n\n{{yourName}}\n',
    fields: [
      { name: 'role' },
      { name: 'interviewerName' },
      { name: 'topic' },
      { name: 'company' },
      { name: 'yourName' },
    ],
  };

  it('replaces each placeholder with its trimmed value and trims the body', () => {
    expect(
      renderTemplate(template, {
        role: '  Product Designer ',
        interviewerName: 'Ms. Rivera',
        topic: 'the scheduling plan',
        company: 'Northwind Health',
        yourName: 'Jordan Lee\n',
      }),
    ).toEqual({
      subject: 'Thank you: Product Designer interview',
      body: 'Dear Ms. Rivera,\n\nI enjoyed the scheduling plan at Northwind Health.\n\nJordan Lee',
      missing: [],
    });
  });

  it('leaves blank and absent fields as {{name}} and lists them once, subject first', () => {
    const message = renderTemplate(
      { ...template, body: '{{company}} {{topic}} {{role}} {{company}}' },
      { topic: '   ', interviewerName: 'Dana' },
    );
    expect(message.missing).toEqual(['role', 'company', 'topic']);
    expect(message.body).toBe('{{company}} {{topic}} {{role}} {{company}}');
  });

  it('treats a placeholder the template does not declare as missing, even with a value', () => {
    const message = renderTemplate(
      { body: 'From {{yourName}}, {{nickname}}', fields: [{ name: 'yourName' }] },
      { yourName: 'Jordan', nickname: 'JL' },
    );
    expect(message).toEqual({
      subject: '',
      body: 'From Jordan, {{nickname}}',
      missing: ['nickname'],
    });
  });

  it('never reads object built-ins such as {{constructor}} as values', () => {
    expect(renderTemplate({ body: '{{constructor}} {{toString}}' }, {}).missing).toEqual([
      'constructor',
      'toString',
    ]);
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<b>Dana</b> &amp; co'],
    ['$& and $1 and $$'],
    ['{{company}}'],
  ])('keeps the value %s exactly as typed', (value) => {
    const message = renderTemplate(
      { body: 'Dear {{interviewerName}},' },
      { interviewerName: value, company: 'X' },
    );
    expect(message.body).toBe(`Dear ${value},`);
    expect(
      splitForHighlight(message.body)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(message.body);
  });

  it('matches a placeholder by its trimmed name, and reports an undeclared one such as {{first name}}', () => {
    expect(renderTemplate({ body: 'Dear {{ first name }},' }, { 'first name': 'Dana' })).toEqual({
      subject: '',
      body: 'Dear Dana,',
      missing: [],
    });
    expect(renderTemplate({ body: 'Dear {{first name}},', fields: [] }, {}).missing).toEqual([
      'first name',
    ]);
  });
});

describe('placeholders and highlighting', () => {
  it('lists placeholder names once, in order of first appearance', () => {
    expect(placeholders('{{b}} {{a}} {{ b }} {{c}}')).toEqual(['b', 'a', 'c']);
  });

  it('splits text into plain runs and placeholders the UI can mark', () => {
    expect(splitForHighlight('Dear {{name}}, about {{topic}}.')).toEqual([
      { text: 'Dear ' },
      { text: '{{name}}', placeholder: 'name' },
      { text: ', about ' },
      { text: '{{topic}}', placeholder: 'topic' },
      { text: '.' },
    ]);
    expect(splitForHighlight('')).toEqual([]);
    expect(splitForHighlight('<i>no fields</i>')).toEqual([{ text: '<i>no fields</i>' }]);
  });
});

describe('similarity', () => {
  it.each([
    ['the same text', 'I enjoyed our talk today.', 'I enjoyed our talk today.', 1],
    ['case and punctuation only', 'I enjoyed our talk.', 'i ENJOYED our talk!', 1],
    ['no shared words', 'Thank you for your time.', 'Quarterly dashboards matter.', 0],
    ['two empty texts', '', '', 1],
    ['one empty text', '', 'Thank you.', 0],
  ])('scores %s as %s', (_label, a, b, score) => {
    expect(similarity(a, b)).toBe(score);
  });

  it('scores a partial overlap between 0 and 1, the same both ways', () => {
    const a = 'Thank you for meeting with me about the role on Tuesday.';
    const b = 'Thank you for meeting with me about the budget last week.';
    expect(similarity(a, b)).toBeGreaterThan(0.2);
    expect(similarity(a, b)).toBeLessThan(0.8);
    expect(similarity(a, b)).toBe(similarity(b, a));
  });
});
