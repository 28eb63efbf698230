/**
 * A value made on first use and kept, for work a page may never need while it loads. The first Intl
 * formatter a page makes costs a throttled phone over 100 ms (the browser loads its locale data),
 * and each of the checker's word-list patterns a few milliseconds to build and compile; a first
 * visit to a tool, with no date on screen and nothing to report, needs neither.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
