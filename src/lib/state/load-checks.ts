// Validation is most of the tools' code, and a first visit has nothing saved to validate. It loads
// when saved details exist (before the store reads them) or once a person starts using a form.

/** The validation chunk: `validateInterview` and `migrate`. */
export type Checks = typeof import('./checks');

let loaded: Checks | undefined;
let loading: Promise<Checks> | undefined;

/** Loads the validation chunk once; a failed load (offline, not yet cached) can be tried again. */
export function loadChecks(): Promise<Checks> {
  loading ??= import('./checks').then(
    (checks) => (loaded = checks),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The validation chunk if it has loaded, otherwise undefined. */
export function loadedChecks(): Checks | undefined {
  return loaded;
}

/** The validation chunk; throws when `loadChecks()` has not finished, which is a mistake in the caller. */
export function requireChecks(): Checks {
  if (!loaded) {
    throw new Error(
      'The checks have not loaded yet: await loadChecks() before changing interviews.',
    );
  }
  return loaded;
}
