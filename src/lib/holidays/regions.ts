// The regions whose public holidays the timeline can skip. Codes are ISO 3166-1 alpha-2, with an
// ISO 3166-2 subdivision where holidays differ within the country; scripts/holidays.mjs reads this
// list to write each region's data from date-holidays.

/** One region with its own public holidays, e.g. `{ code: 'GB-ENG', name: 'England' }`. */
export interface HolidayRegion {
  /** `US`, `US-CA`, `GB-ENG`, `DE-BY`… */
  code: string;
  /** Its English name as a person would pick it from a list. */
  name: string;
}

/**
 * Each country (its name is null where only its parts have one set of holidays, as in the United
 * Kingdom), with the subdivisions whose holidays differ, in the order a list shows them.
 */
const COUNTRIES: readonly (readonly [
  string,
  string | null,
  readonly (readonly [string, string])[],
])[] = [
  [
    'AU',
    'Australia (national holidays)',
    [
      ['ACT', 'Australian Capital Territory'],
      ['NSW', 'New South Wales'],
      ['NT', 'Northern Territory'],
      ['QLD', 'Queensland'],
      ['SA', 'South Australia'],
      ['TAS', 'Tasmania'],
      ['VIC', 'Victoria'],
      ['WA', 'Western Australia'],
    ],
  ],
  [
    'CA',
    'Canada (national holidays)',
    [
      ['AB', 'Alberta'],
      ['BC', 'British Columbia'],
      ['MB', 'Manitoba'],
      ['NB', 'New Brunswick'],
      ['NL', 'Newfoundland and Labrador'],
      ['NT', 'Northwest Territories'],
      ['NS', 'Nova Scotia'],
      ['NU', 'Nunavut'],
      ['ON', 'Ontario'],
      ['PE', 'Prince Edward Island'],
      ['QC', 'Quebec'],
      ['SK', 'Saskatchewan'],
      ['YT', 'Yukon'],
    ],
  ],
  ['FR', 'France', []],
  [
    'DE',
    'Germany (national holidays)',
    [
      ['BW', 'Baden-Württemberg'],
      ['BY', 'Bavaria'],
      ['BE', 'Berlin'],
      ['BB', 'Brandenburg'],
      ['HB', 'Bremen'],
      ['HH', 'Hamburg'],
      ['HE', 'Hesse'],
      ['NI', 'Lower Saxony'],
      ['MV', 'Mecklenburg-Western Pomerania'],
      ['NW', 'North Rhine-Westphalia'],
      ['RP', 'Rhineland-Palatinate'],
      ['SL', 'Saarland'],
      ['SN', 'Saxony'],
      ['ST', 'Saxony-Anhalt'],
      ['SH', 'Schleswig-Holstein'],
      ['TH', 'Thuringia'],
    ],
  ],
  ['IN', 'India (national holidays)', []],
  ['IE', 'Ireland', []],
  ['IT', 'Italy', []],
  ['NL', 'Netherlands', []],
  ['NZ', 'New Zealand', []],
  ['SG', 'Singapore', []],
  ['ZA', 'South Africa', []],
  ['ES', 'Spain (national holidays)', []],
  [
    'GB',
    null,
    [
      ['ENG', 'England'],
      ['NIR', 'Northern Ireland'],
      ['SCT', 'Scotland'],
      ['WLS', 'Wales'],
    ],
  ],
  [
    'US',
    'United States (federal holidays)',
    [
      ['AL', 'Alabama'],
      ['AK', 'Alaska'],
      ['AZ', 'Arizona'],
      ['AR', 'Arkansas'],
      ['CA', 'California'],
      ['CO', 'Colorado'],
      ['CT', 'Connecticut'],
      ['DE', 'Delaware'],
      ['DC', 'District of Columbia'],
      ['FL', 'Florida'],
      ['GA', 'Georgia'],
      ['HI', 'Hawaii'],
      ['ID', 'Idaho'],
      ['IL', 'Illinois'],
      ['IN', 'Indiana'],
      ['IA', 'Iowa'],
      ['KS', 'Kansas'],
      ['KY', 'Kentucky'],
      ['LA', 'Louisiana'],
      ['ME', 'Maine'],
      ['MD', 'Maryland'],
      ['MA', 'Massachusetts'],
      ['MI', 'Michigan'],
      ['MN', 'Minnesota'],
      ['MS', 'Mississippi'],
      ['MO', 'Missouri'],
      ['MT', 'Montana'],
      ['NE', 'Nebraska'],
      ['NV', 'Nevada'],
      ['NH', 'New Hampshire'],
      ['NJ', 'New Jersey'],
      ['NM', 'New Mexico'],
      ['NY', 'New York'],
      ['NC', 'North Carolina'],
      ['ND', 'North Dakota'],
      ['OH', 'Ohio'],
      ['OK', 'Oklahoma'],
      ['OR', 'Oregon'],
      ['PA', 'Pennsylvania'],
      ['RI', 'Rhode Island'],
      ['SC', 'South Carolina'],
      ['SD', 'South Dakota'],
      ['TN', 'Tennessee'],
      ['TX', 'Texas'],
      ['UT', 'Utah'],
      ['VT', 'Vermont'],
      ['VA', 'Virginia'],
      ['WA', 'Washington'],
      ['WV', 'West Virginia'],
      ['WI', 'Wisconsin'],
      ['WY', 'Wyoming'],
    ],
  ],
];

/** The country a subdivision belongs to, for names like "Ontario, Canada". */
const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
  DE: 'Germany',
};

/** Every region with a holiday preset: each country, then its subdivisions. */
export const HOLIDAY_REGIONS: readonly HolidayRegion[] = /* @__PURE__ */ COUNTRIES.flatMap(
  ([country, name, parts]) => [
    ...(name === null ? [] : [{ code: country, name }]),
    ...parts.map(([part, partName]) => ({
      code: `${country}-${part}`,
      name: `${partName}, ${COUNTRY_NAMES[country] ?? country}`,
    })),
  ],
);
