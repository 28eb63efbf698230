// Public holidays by region: the days the timeline's business-day rules skip. The data is written
// from date-holidays by scripts/holidays.mjs at build time, one small file per region; the form
// loads this module on demand (lib/on-demand.ts), and it fetches only the region it is asked for.
import { holidayFile } from './files';
import { regionFromBrowser } from './guess';

export { HOLIDAY_REGIONS, type HolidayRegion } from './regions';

/** One day off, e.g. `{ date: '2026-12-28', name: 'Boxing Day (substitute day)' }`. */
export interface NamedHoliday {
  /** The day, `YYYY-MM-DD`: always a weekday. */
  date: string;
  /** Its name in English. */
  name: string;
}

/** One region's file as scripts/holidays.mjs writes it. */
interface HolidayFile {
  /** The first and last year it covers. */
  from: number;
  to: number;
  /** Every weekday public holiday in those years, earliest first: `[YYYY-MM-DD, name]`. */
  days: [string, string][];
}

/** The countries' time zones and the regions, as scripts/holidays.mjs writes them. */
interface ZonesFile {
  /** Every code of HOLIDAY_REGIONS. */
  regions: string[];
  /** IANA time zone → the country it is in. */
  zones: Record<string, string>;
}

// The list of regions is the page's to show; here the build's own list says which files exist.
const zonesFile = () => holidayFile('zones') as Promise<ZonesFile>;

/** The region's data; rejects for a code that is not in HOLIDAY_REGIONS. */
async function fileOf(region: string): Promise<HolidayFile> {
  if (!(await zonesFile()).regions.includes(region)) {
    throw new RangeError(
      `"${region}" is not a holiday region we know — pick one of HOLIDAY_REGIONS.`,
    );
  }
  return (await holidayFile(region)) as HolidayFile;
}

/** The years a region's data covers, e.g. `{ from: 2020, to: 2031 }`. */
export async function holidayYears(region: string): Promise<{ from: number; to: number }> {
  const { from, to } = await fileOf(region);
  return { from, to };
}

/**
 * The weekday public holidays of `region` in `year` on which offices close, with their names,
 * observed and substitute days included. Rejects with a RangeError for a region we do not know or
 * a year the data does not cover (see `holidayYears`).
 */
export async function namedHolidaysFor(region: string, year: number): Promise<NamedHoliday[]> {
  const file = await fileOf(region);
  if (!Number.isInteger(year) || year < file.from || year > file.to) {
    throw new RangeError(
      `The public holidays of ${year} are not in this site's data, which covers ${file.from} to ${file.to}.`,
    );
  }
  const prefix = `${year}-`;
  return file.days
    .filter(([date]) => date.startsWith(prefix))
    .map(([date, name]) => ({ date, name }));
}

/**
 * The weekday public holidays of `region` in `year` on which offices close, `YYYY-MM-DD`, observed
 * dates included (US 2026-07-03 for the Fourth of July on a Saturday). Rejects like
 * `namedHolidaysFor`.
 */
export async function holidaysFor(region: string, year: number): Promise<string[]> {
  return (await namedHolidaysFor(region, year)).map(({ date }) => date);
}

/** A region's days off for an interview's year and the next, and the years its data lacks. */
export interface Preset {
  /** The days off, earliest first. */
  days: NamedHoliday[];
  /** Years the data does not cover (their holidays are up to the person). */
  missing: number[];
}

/** The region's public holidays in `year` and the year after, for an interview in `year`. */
export async function presetFor(region: string, year: number): Promise<Preset> {
  const preset: Preset = { days: [], missing: [] };
  const { from, to } = await holidayYears(region);
  for (const each of [year, year + 1]) {
    if (each < from || each > to) preset.missing.push(each);
    else preset.days.push(...(await namedHolidaysFor(region, each)));
  }
  return preset;
}

/** A region chosen for an interview: its days off in `year` and the next, minus those worked. */
export interface RegionChoice {
  code: string;
  year: number;
  days: string[];
  working: string[];
}

/**
 * The choice of `region` for an interview in `year`, given the preset's dates and the days the
 * company works (those outside the preset are dropped: they belong to other years).
 */
export function regionChoice(
  region: string,
  year: number,
  preset: readonly string[],
  working: readonly string[],
): RegionChoice {
  return {
    code: region,
    year,
    days: preset.filter((date) => !working.includes(date)),
    working: working.filter((date) => preset.includes(date)),
  };
}

/**
 * The region to suggest for a browser's languages (`navigator.languages`) and IANA time zone,
 * or null when neither points to one we know.
 */
export async function guessHolidayRegion(
  languages: readonly string[],
  timeZone: string,
): Promise<string | null> {
  const { regions, zones } = await zonesFile();
  return regionFromBrowser(languages, timeZone, zones, new Set(regions));
}
