import { describe, expect, it } from 'vitest';
import {
  gmailComposeUrl,
  mailtoUrl,
  outlookComposeUrl,
  type ComposeInput,
} from '../../../src/lib/templates';

const TRICKY: ComposeInput = {
  to: 'josé.müller@example.com',
  cc: 'hr+jobs@example.com',
  subject: 'Thank you, José Müller & 田中: Q&A? #1 +50% done',
  body: 'Dear José Müller,\n\nThanks for the Q&A? See #3, +1 and 100% of 田中’s notes.\r\nSecond line\rThird line\n\nBest regards,\nJordan',
};

/** The body as it should arrive: the same text, with every line break as CRLF (mailto) or LF (web). */
const withBreaks = (text: string, newline: string): string => text.replace(/\r\n?|\n/g, newline);

describe.each([
  ['José Müller and 田中 with & ? # + % and line breaks', TRICKY],
  [
    'plain ASCII',
    {
      to: 'dana@example.com',
      subject: 'Checking in: Product Designer position',
      body: 'Dear Dana,\n\nThank you.',
    },
  ],
  [
    'an address with & ? # % in it',
    { to: 'odd&name?x#y%z@example.com', subject: '100% sure?', body: 'a+b=c & d' },
  ],
])('links for a message with %s', (_label, input) => {
  const to = typeof input.to === 'string' ? input.to : input.to.join(',');
  const cc = typeof input.cc === 'string' ? input.cc : (input.cc ?? []).join(',');

  it('mailto: round-trips the address, cc, subject and body through new URL()', () => {
    const url = new URL(mailtoUrl(input));
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe(to);
    expect(url.searchParams.get('subject')).toBe(input.subject);
    expect(url.searchParams.get('body')).toBe(withBreaks(input.body, '\r\n'));
    expect(url.searchParams.get('cc')).toBe(cc === '' ? null : cc);
  });

  it('mailto: uses only printable ASCII, %20 for spaces and %0D%0A for line breaks', () => {
    const link = mailtoUrl(input);
    expect(link).toMatch(/^[\x21-\x7e]+$/);
    expect(link.split('?')[1]).not.toContain('+');
    if (input.subject.includes(' ')) expect(link).toContain('%20');
    if (input.body.includes('\n')) expect(link).toContain('%0D%0A');
    expect(link).not.toMatch(/%0D%0A%0D%0A%0D%0A/);
  });

  it('Gmail opens compose with to, cc, su and body filled in', () => {
    const url = new URL(gmailComposeUrl(input));
    expect(`${url.origin}${url.pathname}`).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('fs')).toBe('1');
    expect(url.searchParams.get('to')).toBe(to);
    expect(url.searchParams.get('cc')).toBe(cc === '' ? null : cc);
    expect(url.searchParams.get('su')).toBe(input.subject);
    expect(url.searchParams.get('body')).toBe(withBreaks(input.body, '\n'));
  });

  it('Outlook opens compose with to, cc, subject and body filled in', () => {
    const url = new URL(outlookComposeUrl(input));
    expect(`${url.origin}${url.pathname}`).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(url.searchParams.get('to')).toBe(to);
    expect(url.searchParams.get('cc')).toBe(cc === '' ? null : cc);
    expect(url.searchParams.get('subject')).toBe(input.subject);
    expect(url.searchParams.get('body')).toBe(withBreaks(input.body, '\n'));
  });

  it('web compose links use %20 for spaces, never +', () => {
    for (const link of [gmailComposeUrl(input), outlookComposeUrl(input)]) {
      expect(link).toMatch(/^[\x21-\x7e]+$/);
      expect(link.split('?')[1]).not.toContain('+');
    }
  });
});

describe('mailtoUrl', () => {
  it('writes a simple message exactly as RFC 6068 describes', () => {
    expect(
      mailtoUrl({
        to: 'dana@example.com',
        cc: 'hr@example.com',
        subject: 'Thank you: Designer interview',
        body: 'Dear Dana,\nThank you.',
      }),
    ).toMatchInlineSnapshot(
      `"mailto:dana@example.com?cc=hr@example.com&subject=Thank%20you%3A%20Designer%20interview&body=Dear%20Dana%2C%0D%0AThank%20you."`,
    );
  });

  it('percent-encodes non-ASCII addresses as UTF-8 and keeps the @', () => {
    expect(mailtoUrl({ to: '田中@example.jp', subject: '', body: '' })).toBe(
      'mailto:%E7%94%B0%E4%B8%AD@example.jp',
    );
  });

  it.each([
    ['a list', ['dana@example.com', 'sam@example.com']],
    ['commas', 'dana@example.com, sam@example.com'],
    ['semicolons', 'dana@example.com; sam@example.com;'],
    ['display names', ['Dana Rivera <dana@example.com>', '"Ortiz, Sam" <sam@example.com>']],
  ])('joins several recipients given as %s with commas', (_label, to) => {
    expect(mailtoUrl({ to, subject: 'Hi', body: '' })).toBe(
      'mailto:dana@example.com,sam@example.com?subject=Hi',
    );
  });

  it('leaves out an empty cc, subject and body, and allows no recipient', () => {
    expect(mailtoUrl({ to: 'dana@example.com', cc: ' ', subject: '', body: '' })).toBe(
      'mailto:dana@example.com',
    );
    expect(mailtoUrl({ to: '', subject: 'Thank you', body: '' })).toBe(
      'mailto:?subject=Thank%20you',
    );
  });

  it('keeps a subject on one line', () => {
    const url = new URL(
      mailtoUrl({ to: 'a@example.com', subject: 'Thank you\r\n  again', body: '' }),
    );
    expect(url.searchParams.get('subject')).toBe('Thank you again');
  });
});
