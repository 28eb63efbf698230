// Runs the timeline and calendar unit tests in three time zones and checks they agree.
// The tests assert exact calendar dates, so the same tests passing everywhere means the same
// timelines everywhere; the digest of test names and results proves the same tests ran.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const files = ['tests/unit/timeline', 'tests/unit/dates', 'tests/unit/calendar'];
// UTC; the furthest-ahead zone (UTC+14, where the date changes first); a zone with daylight saving.
const zones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
// A date bug can loop forever inside a test, which vitest cannot interrupt; stop the run instead.
const TIME_LIMIT_MS = 180_000;

/** Runs vitest in one zone; resolves with its exit code (null when stopped) and output. */
function runVitest(zone, report) {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [vitest, 'run', ...files, '--reporter=json', `--outputFile=${report}`],
      // Its own process group, so a stuck run can be stopped together with its workers.
      { cwd: root, env: { ...process.env, TZ: zone, CI: 'true' }, detached: true },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\nStopped after ${TIME_LIMIT_MS / 1000} s.`;
      process.kill(-child.pid, 'SIGKILL');
    }, TIME_LIMIT_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, output });
    });
  });
}

/** The zone's UTC offset on a given day, e.g. "GMT+14", to show the zone really applied. */
function offset(timeZone, date) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
  return parts.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? '?';
}

const work = mkdtempSync(join(tmpdir(), 'follow-up-tz-'));
const results = [];
try {
  for (const zone of zones) {
    const report = join(work, `${zone.replaceAll('/', '-')}.json`);
    const run = await runVitest(zone, report);
    let tests = [];
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      tests = json.testResults
        .flatMap((file) =>
          file.assertionResults.map((test) => ({
            name: `${file.name.slice(root.length)} > ${test.fullName}`,
            status: test.status,
          })),
        )
        .sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      // No report means vitest itself failed; its output is shown below.
    }
    const failed = tests.filter((test) => test.status !== 'passed');
    const digest = createHash('sha256')
      .update(tests.map((test) => `${test.name}\t${test.status}`).join('\n'))
      .digest('hex')
      .slice(0, 12);
    const ok = run.status === 0 && tests.length > 0 && failed.length === 0;
    results.push({ zone, ok, digest });
    const zoneOffsets = `${offset(zone, new Date(Date.UTC(2026, 0, 15)))}/${offset(zone, new Date(Date.UTC(2026, 6, 15)))}`;
    console.log(
      `${ok ? 'pass' : 'FAIL'}  TZ=${zone.padEnd(20)} ${zoneOffsets.padEnd(15)} ${String(tests.length).padStart(4)} tests, ${failed.length} failed  digest ${digest}`,
    );
    if (!ok) {
      for (const test of failed) console.log(`      ${test.status}: ${test.name}`);
      if (tests.length === 0) console.log(run.output);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const digests = new Set(results.map((result) => result.digest));
if (digests.size > 1) {
  console.log(
    'FAIL  the zones ran different tests or got different results — see the digests above.',
  );
}
process.exit(results.every((result) => result.ok) && digests.size === 1 ? 0 : 1);
