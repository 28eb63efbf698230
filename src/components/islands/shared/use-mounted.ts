import { useEffect, useState } from 'preact/hooks';

/**
 * False on the server and in the first render in the browser, true after that: an island shows
 * what the server rendered until it has mounted, so hydration matches, then what this browser holds.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
