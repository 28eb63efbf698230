import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** A chunk of code loaded on demand, as an island sees it. */
export interface Chunk<T> {
  /** The chunk's module once it has loaded. */
  module: T | undefined;
  /** True when the last try to load it failed (offline before it was cached); `want` tries again. */
  failed: boolean;
  /** Starts loading it, if it is not loaded or loading already. */
  want: () => void;
}

/**
 * Loads `load`'s chunk when `wanted` becomes true or `want()` is called (on the first focus in a
 * tool, say), so a page ships at first only the code for what it shows. `loaded` is the module when
 * it is already known to be there, which saves a render.
 */
export function useChunk<T>(load: () => Promise<T>, wanted: boolean, loaded?: T): Chunk<T> {
  const [module, setModule] = useState<T | undefined>(loaded);
  const [failed, setFailed] = useState(false);
  const started = useRef(loaded !== undefined);

  const want = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setFailed(false);
    load().then(
      // A setter given a function calls it; a module is wrapped so it is stored as it is.
      (value) => setModule(() => value),
      () => {
        started.current = false;
        setFailed(true);
      },
    );
  }, [load]);

  useEffect(() => {
    if (wanted) want();
  }, [wanted, want]);

  return { module, failed, want };
}
