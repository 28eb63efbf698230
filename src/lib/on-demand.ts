// The one place code is loaded on demand: what only a person's action needs (downloading the
// calendar file, importing a backup, searching, checking their wording and spelling) arrives when
// they act, not with the page.

/** Loads `load` once, on the first call; a failed load (offline, say) is tried again on the next. */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Writing the .ics calendar file (ts-ics). */
export const calendarFile = onDemand(() => import('./calendar/ics'));

/** Reading a backup file and restoring or merging it. */
export const backupRestore = onDemand(() => import('./backup/restore'));

/** The etiquette checker's rules about wording, once there is writing of the person's own to check. */
export const wordingRules = onDemand(() => import('./templates/lint'));

/** The spelling check (nspell and a dictionary, in a Web Worker), from the first edit of a message. */
export const spelling = onDemand(() => import('./spelling/client'));

/** Send times in other time zones, once someone on an interview has a zone of their own. */
export const sendTimes = onDemand(() => import('./timeline/send-times'));

/** The holiday presets the interview form uses: guessing a region, and its days off for a year. */
export const holidayPresets = onDemand(() => import('./holidays/presets'));

/** The subset of Pagefind's browser API the search page uses. */
export type Pagefind = {
  options: (o: { baseUrl: string }) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
};

/** One result as Pagefind gives it. */
export type PagefindResultData = {
  url: string;
  excerpt: string;
  /** `title` from the page's heading; `type` ("Guide", "Template"…) from its data-pagefind-meta. */
  meta: { title?: string; type?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
};

/** Pagefind's search, from the index the build wrote under the deploy base. */
export const pagefind = onDemand(async () => {
  const root = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  const module = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
  await module.options({ baseUrl: root });
  return module;
});
