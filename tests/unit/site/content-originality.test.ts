import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The source documents live beside the repository (../shared/seeds) on the project's machines.
const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');
const CONTENT = join(process.cwd(), 'src', 'content');
const RUN = 12;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

function* contentFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* contentFiles(path);
    else if (/\.(md|mdx|yaml)$/.test(entry.name)) yield path;
  }
}

const HAS_SEEDS = existsSync(SEEDS);

describe.skipIf(!HAS_SEEDS)('content is written in our own words', () => {
  const seedRuns = new Set<string>();
  // A skipped describe still runs its body while tests are collected, so guard the reading too.
  for (const file of HAS_SEEDS ? readdirSync(SEEDS) : []) {
    const w = words(readFileSync(join(SEEDS, file), 'utf8'));
    for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
  }

  it.each([...contentFiles(CONTENT)].map((f) => [f.slice(CONTENT.length + 1), f]))(
    '%s copies no run of twelve words from the source documents',
    (_name, file) => {
      const w = words(readFileSync(file, 'utf8'));
      const copied: string[] = [];
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        if (seedRuns.has(run)) copied.push(run);
      }
      expect(copied).toEqual([]);
    },
  );
});
