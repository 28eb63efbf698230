// The spelling check as the page uses it, loaded on the first edit of a message: it starts the
// worker, asks it about each text, and words the answers.
import { spellingPath, url } from '../routes';
import { addMyWord as keepWord, readMyWords } from '../state/index';
import type { SpellingLocale } from './locale';
import { SPELLING_MESSAGES } from './messages';
import type { WorkerReply, WorkerRequest } from './worker';
import { knownWords } from './words';

/** What the check found in a text, worded for the page. */
export type SpellingResult = {
  /** Whether the dictionary could not be loaded (offline on first use). */
  failed: boolean;
  /** One line on the whole result. */
  status: string;
  /** Each word the dictionary does not know, with what it may have meant. */
  misspellings: readonly { word: string; message: string }[];
};

let worker: Worker | undefined;
let last = 0;
const waiting = new Map<number, (reply: WorkerReply) => void>();

function start(): Worker {
  const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  };
  // A worker that fails to start answers nothing: every question waiting is told, and the next starts a new one.
  started.onerror = () => {
    for (const [id, answer] of waiting) answer({ id, failed: true });
    waiting.clear();
    started.terminate();
    worker = undefined;
  };
  return started;
}

/** Checks the spelling of `text`, taking `names` (people, the company, the role) and your words as known. */
export async function proofread(
  text: string,
  names: readonly string[],
  locale: SpellingLocale,
): Promise<SpellingResult> {
  last += 1;
  const request: WorkerRequest = {
    id: last,
    dictionary: url(spellingPath(locale)),
    text,
    known: knownWords([...names, ...readMyWords()]),
  };
  const reply = await new Promise<WorkerReply>((resolve) => {
    waiting.set(request.id, resolve);
    worker ??= start();
    worker.postMessage(request);
  });
  if ('failed' in reply)
    return { failed: true, status: SPELLING_MESSAGES.failed, misspellings: [] };
  return {
    failed: false,
    status: SPELLING_MESSAGES.summary(reply.misspellings.length),
    misspellings: reply.misspellings.map(({ word, suggestions }) => ({
      word,
      message: SPELLING_MESSAGES.misspelling(word, suggestions),
    })),
  };
}

/** Keeps `word` in your words, so the check takes it as spelled right; says what happened. */
export function addMyWord(word: string): string {
  return keepWord(word) ? SPELLING_MESSAGES.added(word) : SPELLING_MESSAGES.notAdded(word);
}
