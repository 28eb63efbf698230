// The spelling worker: on the first request it fetches the dictionary the page names (from this
// site, cached for offline use by the service worker), then answers every request with the
// misspellings it finds. Heavy work (nspell reading 50,000 words) stays off the page's thread.
import { createProofreader, type Misspelling, type ProofreadRequest } from './proofreader';

/** What the page asks: a text to check, the words to take as known, and the dictionary's address. */
export type WorkerRequest = ProofreadRequest & { id: number; dictionary: string };

/** The answer to request `id`: its misspellings, or that the dictionary could not be loaded. */
export type WorkerReply =
  { id: number; misspellings: Misspelling[] } | { id: number; failed: true };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};

let ready: Promise<ReturnType<typeof createProofreader>> | undefined;

async function load(address: string) {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`The dictionary at ${address} answered ${response.status}.`);
  const { aff, dic } = (await response.json()) as { aff: string; dic: string };
  return createProofreader(aff, dic);
}

scope.onmessage = ({ data: { id, dictionary, ...request } }) => {
  ready ??= load(dictionary);
  ready.then(
    (proofreader) => scope.postMessage({ id, misspellings: proofreader.check(request) }),
    () => {
      // Offline on the first use: the next edit tries again.
      ready = undefined;
      scope.postMessage({ id, failed: true });
    },
  );
};
