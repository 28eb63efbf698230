// Guessing a person's holiday region from their browser: the time zone says where they are, the
// language only settles what the zone cannot (Quebec within Toronto's zone, a zone outside the
// regions we know).

/** Zones that pin a state or province whose holidays differ from the country's. */
const PART_ZONES: Readonly<Record<string, string>> = {
  'Australia/Sydney': 'AU-NSW',
  'Australia/Broken_Hill': 'AU-NSW',
  'Australia/Canberra': 'AU-ACT',
  'Australia/ACT': 'AU-ACT',
  'Australia/Melbourne': 'AU-VIC',
  'Australia/Brisbane': 'AU-QLD',
  'Australia/Lindeman': 'AU-QLD',
  'Australia/Adelaide': 'AU-SA',
  'Australia/Perth': 'AU-WA',
  'Australia/Hobart': 'AU-TAS',
  'Australia/Darwin': 'AU-NT',
  'America/Toronto': 'CA-ON',
  'America/Montreal': 'CA-QC',
  'America/Vancouver': 'CA-BC',
  'America/Edmonton': 'CA-AB',
  'America/Winnipeg': 'CA-MB',
  'America/Regina': 'CA-SK',
  'America/Halifax': 'CA-NS',
  'America/Moncton': 'CA-NB',
  'America/St_Johns': 'CA-NL',
  'America/Whitehorse': 'CA-YT',
  'America/Yellowknife': 'CA-NT',
  'America/Iqaluit': 'CA-NU',
  'Europe/Belfast': 'GB-NIR',
};

/** Older names of zones that browsers still report, and the country they are in. */
const ALIAS_ZONES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'IN',
  'Europe/Belfast': 'GB',
  'America/Montreal': 'CA',
  'Australia/Canberra': 'AU',
  'Australia/ACT': 'AU',
};

/** Where a country without holidays of its own (the United Kingdom) is guessed to be. */
const COUNTRY_DEFAULTS: Readonly<Record<string, string>> = { GB: 'GB-ENG' };

/** A language tag's region, e.g. `GB` for `en-GB`, `CA` for `fr-CA`; null without one. */
function languageRegion(language: string): string | null {
  return /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/i.exec(language)?.[1]?.toUpperCase() ?? null;
}

/**
 * The region code to suggest, among `known`, for a browser's languages and time zone; `zones`
 * maps each zone of the known countries to its country. Null when nothing points to one.
 */
export function regionFromBrowser(
  languages: readonly string[],
  timeZone: string,
  zones: Readonly<Record<string, string>>,
  known: ReadonlySet<string>,
): string | null {
  const pick = (code: string | undefined): string | null => {
    if (code === undefined) return null;
    const choice = COUNTRY_DEFAULTS[code] ?? code;
    return known.has(choice) ? choice : null;
  };
  const regions = languages.map(languageRegion);
  const country = zones[timeZone] ?? ALIAS_ZONES[timeZone];
  if (country !== undefined) {
    // Montreal shares Toronto's zone: a French-Canadian browser there is in Quebec.
    if (country === 'CA' && languages.some((tag) => /^fr-CA\b/i.test(tag))) return pick('CA-QC');
    return pick(PART_ZONES[timeZone]) ?? pick(country);
  }
  for (const region of regions) {
    const choice = region === null ? null : pick(region);
    if (choice !== null) return choice;
  }
  return null;
}
