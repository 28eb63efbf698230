/** Words per minute used for the reading-time estimate (a relaxed adult reading pace). */
const WORDS_PER_MINUTE = 220;

/** Estimates reading time in whole minutes (at least 1) from an article's source text. */
export function readingMinutes(source: string): number {
  const text = source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#>*_`[\]()|-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A heading as Astro's render() reports it. */
export type Heading = { depth: number; slug: string; text: string };

/** The headings a table of contents lists: the article's second-level sections. */
export function tocHeadings(headings: Heading[]): Heading[] {
  return headings.filter((h) => h.depth === 2);
}

/** Formats a review date as "November 22, 2026" without shifting it across time zones. */
export function formatReviewed(date: Date): string {
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}
