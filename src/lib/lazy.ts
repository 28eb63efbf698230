/**
 * A value made on first use and kept, for work a page may never need while it loads: each of the
 * checker's word-list patterns takes a phone a few milliseconds to build and compile, and clean
 * text needs none of them.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
