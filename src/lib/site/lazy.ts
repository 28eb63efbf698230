/**
 * A value made on first use and kept. For Intl formatters: the first one a page makes costs tens of
 * milliseconds on a phone (the browser loads its locale data), so a page that shows no date yet —
 * every first visit to a tool — should not make one while it loads.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
