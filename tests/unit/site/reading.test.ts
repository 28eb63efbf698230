import { describe, expect, it } from 'vitest';
import { formatReviewed, readingMinutes, tocHeadings } from '../../../src/lib/site/reading';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  it.each([
    ['a short note', words(30), 1],
    ['about two minutes of text', words(440), 2],
    ['a long guide', words(2200), 10],
  ])('reads %s in %i minute(s)', (_, text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });

  it('counts the words a reader reads, not frontmatter, tags or Markdown marks', () => {
    const source = `---\ntitle: ${words(500)}\n---\n<Tip source="x">${words(10)}</Tip>\n## ${words(5)}\n| a | b |\n- *one* **two**`;
    expect(readingMinutes(source)).toBe(1);
    expect(readingMinutes(`${source}\n${words(440)}`)).toBe(2);
  });
});

describe('the table of contents', () => {
  it('lists the second-level sections only', () => {
    const headings = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a-1', text: 'A.1' },
      { depth: 2, slug: 'b', text: 'B' },
    ];
    expect(tocHeadings(headings).map(({ slug }) => slug)).toEqual(['a', 'b']);
  });
});

describe('the review date', () => {
  it('writes the day the date names, whatever the time zone', () => {
    expect(formatReviewed(new Date('2026-11-22'))).toBe('November 22, 2026');
  });
});
