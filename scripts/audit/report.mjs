// The audit's report: one row per measurement, the failure details, timings, and the printed table.
import { AsyncLocalStorage } from 'node:async_hooks';

/** One line of the report each: { check, page, figure, budget, pass, step, why }. */
const rows = [];
/** How long each check took, e.g. "html 41.2 s". */
const timings = [];
/** The step (see `timed`) a row is added in, so that steps run side by side still print in order. */
const currentStep = new AsyncLocalStorage();
let steps = 0;

/** Adds a row; when it fails, `why` (one line each, the first 40 printed) explains it. */
export function row(check, page, figure, budget, pass, why = []) {
  const step = currentStep.getStore() ?? steps;
  rows.push({ check, page, figure: String(figure), budget: String(budget), pass, step, why });
}

/** Runs `work` as a step of its own and notes how long it took under `name`. */
export async function timed(name, work) {
  const t = Date.now();
  steps += 1;
  await currentStep.run(steps, work);
  timings.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Bytes as the table shows them: "0 B", "3 KB", "12.4 KB" (1 KB = 1024 bytes). */
export const kb = (bytes) =>
  bytes === 0 ? '0 B' : `${(bytes / 1024).toFixed(Number.isInteger(bytes / 1024) ? 0 : 1)} KB`;

/**
 * Prints the table, what failed, the timings and `machine` (a line about the machine); returns the
 * number of failed rows.
 */
export function printReport({ title, started, machine }) {
  // Rows in the order their steps started, each step's rows in the order they were added.
  const sorted = rows.toSorted((a, b) => a.step - b.step);
  const head = { check: 'check', page: 'page', figure: 'figure', budget: 'budget', pass: 'result' };
  const table = [head, ...sorted.map((r) => ({ ...r, pass: r.pass ? 'pass' : 'FAIL' }))];
  const widths = Object.keys(head).map((k) => Math.max(...table.map((r) => [...r[k]].length)));
  const line = (r) =>
    Object.keys(head)
      .map((k, i) => r[k] + ' '.repeat(widths[i] - [...r[k]].length))
      .join(' | ')
      .trimEnd();
  console.log(`\n${title}\n`);
  console.log(line(table[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of table.slice(1)) console.log(line(r));
  const details = sorted.flatMap(({ check, page, pass, why }) =>
    pass
      ? []
      : [
          `${check} ${page}:`,
          ...why.slice(0, 40).map((w) => `  ${w}`),
          ...(why.length > 40 ? [`  … and ${why.length - 40} more`] : []),
        ],
  );
  const failed = rows.filter((r) => !r.pass).length;
  if (details.length > 0) console.log(`\nWhat failed:\n${details.join('\n')}`);
  console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s: ${timings.join(', ')}.`);
  console.log(machine);
  console.log(`${rows.length - failed} passed, ${failed} failed`);
  return failed;
}
