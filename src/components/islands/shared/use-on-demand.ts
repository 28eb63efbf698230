import { useEffect, useState } from 'preact/hooks';

/** What `useOnDemand` gives: the module once it has arrived, and whether the last try failed. */
export interface OnDemand<T> {
  loaded: T | null;
  failed: boolean;
}

/**
 * Loads a part of an island (one of those in islands/on-demand.ts) once `wanted` is true, and
 * tries again when `wanted` turns true again after a failed load (offline, say).
 */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): OnDemand<T> {
  const [state, setState] = useState<OnDemand<T>>({ loaded: null, failed: false });
  useEffect(() => {
    if (!wanted || state.loaded) return;
    let live = true;
    load().then(
      (loaded) => live && setState({ loaded, failed: false }),
      () => live && setState({ loaded: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [wanted, state.loaded]);
  return state;
}
