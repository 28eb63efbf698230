// Writes the holiday presets into public/holidays/ (the site's holidays/ folder) before every
// build, dev server and unit test run: one JSON file per region of src/lib/holidays/regions.ts
// with its weekday public holidays (observed and substitute days included) from FIRST_YEAR to
// five years after this one, and zones.json, the regions' codes and the IANA time zones of each
// country, for guessing a person's region. The data comes from date-holidays, which stays on this side of the build: the
// browser fetches only these files, and only the one region it needs.
// Usage: node scripts/holidays.mjs
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { HOLIDAY_REGIONS } from '../src/lib/holidays/regions.ts';

// Interviews saved since then can still be opened and edited with their region's holidays.
const FIRST_YEAR = 2020;
const LAST_YEAR = new Date().getFullYear() + 5;
const DAY_MS = 24 * 60 * 60 * 1000;

// date-holidays files every day off as "public" except, in Ireland, two public holidays under the
// Organisation of Working Time Act that it types as "bank" (together with Good Friday, when banks
// close but most offices open). Elsewhere "bank" marks days only banks close (New South Wales in
// August) or half days (Christmas Eve from 14:00 in Germany); the United Kingdom's bank holidays
// are themselves typed "public".
const BANK_DAYS_OFF = { IE: /^St\. (Patrick|Stephen)’s Day/ };

// date-holidays writes British English; the United States' own holidays keep their own spelling.
const US_NAMES = [[/\bLabour\b/g, 'Labor']];

const out = resolve(fileURLToPath(new URL('../public/holidays', import.meta.url)));

/** The weekday of a `YYYY-MM-DD` date, 0 for Sunday. */
const weekday = (date) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** `YYYY-MM-DD` of the day `days` after `date`. */
const plusDays = (date, days) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** [date, name] of every weekday public holiday of one region over the years. */
function daysOff(code) {
  const [country, state] = code.split('-');
  const known = new Holidays();
  if (!known.getCountries()[country] || (state && !known.getStates(country)?.[state])) {
    throw new Error(
      `date-holidays has no region ${code} — fix its code in src/lib/holidays/regions.ts.`,
    );
  }
  const holidays = new Holidays(country, state, { languages: ['en'], types: ['public', 'bank'] });
  const byDate = new Map();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    for (const holiday of holidays.getHolidays(year)) {
      const extra = BANK_DAYS_OFF[country];
      if (holiday.type !== 'public' && !(holiday.type === 'bank' && extra?.test(holiday.name))) {
        continue;
      }
      // A holiday may last more than one day; each of its days is off.
      const length = Math.max(1, Math.round((holiday.end - holiday.start) / DAY_MS));
      for (let i = 0; i < length; i += 1) {
        const date = plusDays(holiday.date.slice(0, 10), i);
        const day = weekday(date);
        if (day === 0 || day === 6 || date.slice(0, 4) < String(FIRST_YEAR)) continue;
        if (Number(date.slice(0, 4)) > LAST_YEAR) continue;
        const own =
          country === 'US'
            ? US_NAMES.reduce((n, [from, to]) => n.replace(from, to), holiday.name)
            : holiday.name;
        const name = byDate.get(date);
        byDate.set(date, name && name !== own ? `${name}; ${own}` : own);
      }
    }
  }
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Writes a file only when its contents change, so a dev server does not reload for nothing. */
function write(file, text) {
  const path = join(out, file);
  let current = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current !== text) writeFileSync(path, text);
}

// What the files depend on: the library's version, the years, this script and the list of regions.
const stamp = createHash('sha256')
  .update(
    JSON.parse(
      readFileSync(new URL('../node_modules/date-holidays/package.json', import.meta.url), 'utf8'),
    ).version,
  )
  .update(`${FIRST_YEAR}-${LAST_YEAR}`)
  .update(readFileSync(new URL(import.meta.url)))
  .update(readFileSync(new URL('../src/lib/holidays/regions.ts', import.meta.url)))
  .digest('hex');
// Kept outside the site's files, which are copied into every build as they are.
const stampFile = fileURLToPath(
  new URL('../node_modules/.cache/follow-up-holidays', import.meta.url),
);
let written = '';
try {
  written = readFileSync(stampFile, 'utf8');
} catch {
  // Never written.
}
if (written === stamp && existsSync(join(out, 'zones.json'))) {
  console.log(`Holiday presets up to date in ${out.slice(process.cwd().length + 1)}/`);
  process.exit(0);
}

mkdirSync(out, { recursive: true });
const files = new Set(['zones.json']);
for (const { code } of HOLIDAY_REGIONS) {
  files.add(`${code}.json`);
  write(
    `${code}.json`,
    `${JSON.stringify({ from: FIRST_YEAR, to: LAST_YEAR, days: daysOff(code) })}\n`,
  );
}
const zones = {};
for (const country of new Set(HOLIDAY_REGIONS.map(({ code }) => code.slice(0, 2)))) {
  for (const zone of new Holidays(country).getTimezones()) zones[zone] ??= country;
}
write(
  'zones.json',
  `${JSON.stringify({ regions: HOLIDAY_REGIONS.map(({ code }) => code), zones })}\n`,
);
for (const file of readdirSync(out)) if (!files.has(file)) rmSync(join(out, file));
mkdirSync(dirname(stampFile), { recursive: true });
writeFileSync(stampFile, stamp);
console.log(
  `Holiday presets: ${HOLIDAY_REGIONS.length} regions, ${FIRST_YEAR}–${LAST_YEAR}, in ${out.slice(process.cwd().length + 1)}/`,
);
