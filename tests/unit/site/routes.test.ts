import { describe, expect, it } from 'vitest';
import {
  EDIT_INTERVIEW_PATH,
  builderPath,
  builderSearch,
  guidePath,
  isInternalPath,
  joinBase,
  nextRoundPath,
  readBuilderParams,
  templatePath,
  timelineRequest,
} from '../../../src/lib/routes';

describe('joining the deploy base and a site path', () => {
  it.each([
    ['/', '/guides/faq/', '/guides/faq/'],
    ['/follow-up/', '/guides/faq/', '/follow-up/guides/faq/'],
    ['/follow-up', '/guides/faq/', '/follow-up/guides/faq/'],
    ['/follow-up/', '/', '/follow-up/'],
    ['/follow-up/', '/guides/faq/#what-next', '/follow-up/guides/faq/#what-next'],
    ['/follow-up/', '/follow-up/guides/', '/follow-up/guides/'],
    ['/follow-up/', 'https://example.com/', 'https://example.com/'],
    ['/follow-up/', '#top', '#top'],
  ])('under %j, %j becomes %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it.each([
    ['/guides/', true],
    ['//cdn.example.com/x.js', false],
    ['https://example.com/', false],
    ['mailto:dana@example.com', false],
    ['#section', false],
  ])('%j is a link inside the site: %s', (href, expected) => {
    expect(isInternalPath(href)).toBe(expected);
  });
});

describe('addresses the code builds', () => {
  it('names a guide, one of its sections, and a template page', () => {
    expect(guidePath('faq')).toBe('/guides/faq/');
    expect(guidePath('thank-you-note', 'keep-it-short')).toBe(
      '/guides/thank-you-note/#keep-it-short',
    );
    expect(templatePath('check-in')).toBe('/templates/check-in/');
  });

  it('opens the builder on one message', () => {
    expect(builderPath({ template: 'check-in', interview: 'iv-1', interviewer: 1 })).toBe(
      '/templates/?template=check-in&interview=iv-1&interviewer=1',
    );
    expect(builderPath({})).toBe('/templates/');
  });
});

describe('the builder address', () => {
  it.each([
    [
      '?template=check-in&interview=iv-1&interviewer=1',
      { template: 'check-in', interview: 'iv-1', interviewer: 1 },
    ],
    ['?template=thank-you-email', { template: 'thank-you-email' }],
    ['?template=&interviewer=first', {}],
    ['?interviewer=-1', {}],
    ['', {}],
  ])('reads %j', (search, params) => {
    expect(readBuilderParams(search)).toEqual(params);
  });

  it.each([
    [{ template: 'check-in', interview: 'iv-1', interviewer: 0 }],
    [{ template: 'linkedin-note' }],
    [{ template: 'check-in', interview: 'a&b=c d' }],
  ])('writes what it reads back: %j', (params) => {
    expect(readBuilderParams(builderSearch(params))).toEqual(params);
  });

  it('writes nothing when there is nothing to name', () => {
    expect(builderSearch({})).toBe('');
  });
});

describe('asking the timeline for a new interview form or the details', () => {
  it('reads ?new, with the earlier round it follows when there is one', () => {
    expect(timelineRequest('?new')).toEqual({ open: 'new', from: null });
    expect(timelineRequest(nextRoundPath('abc 1').slice('/timeline/'.length))).toEqual({
      open: 'new',
      from: 'abc 1',
    });
    expect(nextRoundPath('abc')).toBe('/timeline/?new&from=abc');
  });

  it('reads ?edit as the current interview with its details open', () => {
    expect(timelineRequest(EDIT_INTERVIEW_PATH.slice('/timeline/'.length))).toEqual({
      open: 'details',
    });
  });

  it('asks for nothing without ?new or ?edit', () => {
    expect(timelineRequest('')).toBeNull();
    expect(timelineRequest('?from=abc')).toBeNull();
  });
});
