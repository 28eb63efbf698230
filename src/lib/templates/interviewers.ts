// How alike the messages to different people read: the builder warns when two are near copies.

/** A pair of messages that read almost the same. */
export type NearDuplicate = {
  /** Index of the first message. */
  a: number;
  /** Index of the second message. */
  b: number;
  /** Their similarity, from 0 (nothing shared) to 1 (the same words). */
  similarity: number;
};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Word trigrams of a text, lowercased; texts under three words give their single words. */
function shingles(text: string): Set<string> {
  const words = (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
  if (words.length < 3) return new Set(words);
  const result = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) result.add(words.slice(i, i + 3).join(' '));
  return result;
}

/** How alike two texts are: the Jaccard index of their word trigrams, from 0 to 1 (two empty texts count as 1). */
export function similarity(a: string, b: string): number {
  const left = shingles(a);
  const right = shingles(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Pairs of messages at least `threshold` alike, so the builder can ask for a personal detail in each. */
export function nearDuplicates(messages: readonly string[], threshold = 0.8): NearDuplicate[] {
  const pairs: NearDuplicate[] = [];
  for (let a = 0; a < messages.length; a++) {
    for (let b = a + 1; b < messages.length; b++) {
      const score = similarity(messages[a] ?? '', messages[b] ?? '');
      if (score >= threshold) pairs.push({ a, b, similarity: score });
    }
  }
  return pairs;
}
