import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addBusinessDays, isWeekendDate, roll } from '../../../src/lib/dates';
import {
  HOLIDAY_REGIONS,
  guessHolidayRegion,
  holidayYears,
  holidaysFor,
  namedHolidaysFor,
} from '../../../src/lib/holidays';
import { buildTimeline } from '../../../src/lib/timeline';
import { fetchFromSite } from './site-fetch';

beforeAll(() => {
  vi.stubGlobal('fetch', fetchFromSite);
});

// Checked against each government's own calendar: the US Office of Personnel Management's federal
// holidays, gov.uk's bank holidays, and the official lists of the other countries.
describe('a region’s public holidays for a year', () => {
  it.each([
    [
      'the US federal holidays of 2026, with the Fourth of July observed on Friday the 3rd',
      'US',
      2026,
      [
        '2026-01-01',
        '2026-01-19',
        '2026-02-16',
        '2026-05-25',
        '2026-06-19',
        '2026-07-03',
        '2026-09-07',
        '2026-10-12',
        '2026-11-11',
        '2026-11-26',
        '2026-12-25',
      ],
    ],
    [
      'the US federal holidays of 2027, with three Saturday holidays observed on the Friday before',
      'US',
      2027,
      [
        '2027-01-01',
        '2027-01-18',
        '2027-02-15',
        '2027-05-31',
        '2027-06-18',
        '2027-07-05',
        '2027-09-06',
        '2027-10-11',
        '2027-11-11',
        '2027-11-25',
        '2027-12-24',
        '2027-12-31',
      ],
    ],
    [
      'England’s bank holidays of 2026, with Boxing Day on Monday the 28th',
      'GB-ENG',
      2026,
      [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      'England’s bank holidays of 2027, with Christmas and Boxing Day both moved to weekdays',
      'GB-ENG',
      2027,
      [
        '2027-01-01',
        '2027-03-26',
        '2027-03-29',
        '2027-05-03',
        '2027-05-31',
        '2027-08-30',
        '2027-12-27',
        '2027-12-28',
      ],
    ],
    [
      'Scotland’s bank holidays of 2026: 2 January and St Andrew’s Day, no Easter Monday',
      'GB-SCT',
      2026,
      [
        '2026-01-01',
        '2026-01-02',
        '2026-04-03',
        '2026-05-04',
        '2026-05-25',
        '2026-08-03',
        '2026-11-30',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      'Ireland’s public holidays of 2026, St Patrick’s and St Stephen’s days included',
      'IE',
      2026,
      [
        '2026-01-01',
        '2026-02-02',
        '2026-03-17',
        '2026-04-06',
        '2026-05-04',
        '2026-06-01',
        '2026-08-03',
        '2026-10-26',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      'Ontario’s public holidays of 2026',
      'CA-ON',
      2026,
      [
        '2026-01-01',
        '2026-02-16',
        '2026-04-03',
        '2026-04-06',
        '2026-05-18',
        '2026-07-01',
        '2026-09-07',
        '2026-10-12',
        '2026-12-25',
      ],
    ],
    [
      'New South Wales’s public holidays of 2026, Anzac Day on Monday the 27th',
      'AU-NSW',
      2026,
      [
        '2026-01-01',
        '2026-01-26',
        '2026-04-03',
        '2026-04-06',
        '2026-04-27',
        '2026-06-08',
        '2026-10-05',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      'Bavaria’s public holidays of 2026, with Epiphany and Corpus Christi',
      'DE-BY',
      2026,
      [
        '2026-01-01',
        '2026-01-06',
        '2026-04-03',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2026-05-25',
        '2026-06-04',
        '2026-12-25',
      ],
    ],
    [
      'New Zealand’s public holidays of 2026, Matariki included',
      'NZ',
      2026,
      [
        '2026-01-01',
        '2026-01-02',
        '2026-02-06',
        '2026-04-03',
        '2026-04-06',
        '2026-04-27',
        '2026-06-01',
        '2026-07-10',
        '2026-10-26',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
  ])('%s', async (_, region, year, expected) => {
    expect(await holidaysFor(region, year)).toEqual(expected);
  });

  it.each([
    ['France’s Bastille Day', 'FR', '2026-07-14'],
    ['the Netherlands’ King’s Day', 'NL', '2026-04-27'],
    ['Spain’s Immaculate Conception', 'ES', '2026-12-08'],
    ['Italy’s Republic Day', 'IT', '2026-06-02'],
    ['India’s Gandhi Jayanti', 'IN', '2026-10-02'],
    ['Singapore’s Deepavali, observed on Monday', 'SG', '2026-11-09'],
    ['South Africa’s Women’s Day, observed on Monday', 'ZA', '2026-08-10'],
    ['California’s César Chávez Day', 'US-CA', '2026-03-31'],
    ['Quebec’s Fête nationale', 'CA-QC', '2026-06-24'],
  ])('%s is a day off', async (_, region, date) => {
    expect(await holidaysFor(region, Number(date.slice(0, 4)))).toContain(date);
  });

  it('names each day off in English', async () => {
    expect(await namedHolidaysFor('GB-ENG', 2026)).toContainEqual({
      date: '2026-12-28',
      name: 'Boxing Day (substitute day)',
    });
    expect(await namedHolidaysFor('US', 2026)).toContainEqual({
      date: '2026-09-07',
      name: 'Labor Day',
    });
  });

  it('lists only weekdays: a holiday on a weekend is skipped by the rules already', async () => {
    // The Fourth of July 2026 is a Saturday; Boxing Day 2026 too.
    expect(await holidaysFor('US', 2026)).not.toContain('2026-07-04');
    expect(await holidaysFor('GB-ENG', 2026)).not.toContain('2026-12-26');
    for (const { code } of HOLIDAY_REGIONS) {
      const days = await holidaysFor(code, 2027);
      expect(days.filter(isWeekendDate), code).toEqual([]);
    }
  });

  it('leaves out days when only banks close or offices close at noon', async () => {
    // Christmas Eve from 14:00 in Germany; the August bank holiday in New South Wales.
    expect(await holidaysFor('DE', 2026)).not.toContain('2026-12-24');
    expect(await holidaysFor('AU-NSW', 2026)).not.toContain('2026-08-03');
    // Good Friday closes Irish banks but not most offices.
    expect(await holidaysFor('IE', 2026)).not.toContain('2026-04-03');
  });

  it('covers every region from last year to five years ahead', async () => {
    const year = new Date().getFullYear();
    for (const { code } of HOLIDAY_REGIONS) {
      const { from, to } = await holidayYears(code);
      expect(from, code).toBeLessThanOrEqual(year - 1);
      expect(to, code).toBeGreaterThanOrEqual(year + 5);
    }
  });

  it('says which years it covers when asked for a year beyond them', async () => {
    const { to } = await holidayYears('US');
    await expect(holidaysFor('US', to + 1)).rejects.toThrow(
      `The public holidays of ${to + 1} are not in this site's data, which covers 2020 to ${to}.`,
    );
  });

  it('says so for a region it does not know', async () => {
    await expect(holidaysFor('XX', 2026)).rejects.toThrow(
      '"XX" is not a holiday region we know — pick one of HOLIDAY_REGIONS.',
    );
  });
});

describe('the list of regions', () => {
  it('has every US state and the District of Columbia, and the other countries asked for', () => {
    const codes = HOLIDAY_REGIONS.map(({ code }) => code);
    expect(codes.filter((code) => code.startsWith('US-'))).toHaveLength(51);
    expect(codes.filter((code) => code.startsWith('CA-'))).toHaveLength(13);
    expect(codes.filter((code) => code.startsWith('AU-'))).toHaveLength(8);
    expect(codes.filter((code) => code.startsWith('DE-'))).toHaveLength(16);
    for (const code of ['US', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'CA', 'AU', 'DE']) {
      expect(codes).toContain(code);
    }
    for (const code of ['IE', 'NZ', 'IN', 'FR', 'NL', 'ES', 'IT', 'SG', 'ZA']) {
      expect(codes).toContain(code);
    }
  });

  it('has one entry per code, each a well-formed code with a name', () => {
    const codes = HOLIDAY_REGIONS.map(({ code }) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { code, name } of HOLIDAY_REGIONS) {
      expect(code).toMatch(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/);
      expect(name.trim()).not.toBe('');
    }
  });
});

describe('guessing a person’s region from their browser', () => {
  it.each([
    ['an American browser in New York: federal holidays', ['en-US'], 'America/New_York', 'US'],
    ['a British browser in London: England', ['en-GB'], 'Europe/London', 'GB-ENG'],
    ['an American-English browser in Berlin: Germany', ['en-US', 'en'], 'Europe/Berlin', 'DE'],
    ['a browser in Toronto: Ontario', ['en-CA'], 'America/Toronto', 'CA-ON'],
    ['a French-Canadian browser in Toronto’s zone: Quebec', ['fr-CA'], 'America/Toronto', 'CA-QC'],
    ['a browser in Sydney: New South Wales', ['en-AU'], 'Australia/Sydney', 'AU-NSW'],
    ['a browser in Perth: Western Australia', ['en'], 'Australia/Perth', 'AU-WA'],
    ['a browser on India’s older zone name', ['en-IN'], 'Asia/Calcutta', 'IN'],
    ['a browser in Auckland', ['en-NZ'], 'Pacific/Auckland', 'NZ'],
    ['a zone we have no holidays for: the language decides', ['en-IE'], 'Asia/Tokyo', 'IE'],
    ['neither zone nor language we know: no guess', ['ja-JP'], 'Asia/Tokyo', null],
    ['a language without a region, in UTC: no guess', ['en'], 'UTC', null],
  ])('%s', async (_, languages, zone, expected) => {
    expect(await guessHolidayRegion(languages, zone)).toBe(expected);
  });
});

describe('business days across a region’s holidays', () => {
  it('rolls past Christmas and England’s Boxing Day substitute', async () => {
    const days = await holidaysFor('GB-ENG', 2026);
    expect(roll('2026-12-25', days)).toBe('2026-12-29');
    expect(addBusinessDays('2026-12-24', 1, days)).toBe('2026-12-29');
  });

  it('rolls past the Fourth of July observed on a Friday', async () => {
    const days = await holidaysFor('US', 2026);
    expect(roll('2026-07-03', days)).toBe('2026-07-06');
  });

  it('moves a check-in due on Christmas Day 2026 to Tuesday the 29th in England', async () => {
    // A Friday interview: the check-in is a week later, on Christmas Day.
    const input = { interviewDate: '2026-12-18' };
    const checkIn = (holidays: string[]) =>
      buildTimeline({ ...input, holidays }).steps.find(({ id }) => id === 'check-in')?.date;
    expect(checkIn([])).toBe('2026-12-25');
    expect(checkIn(await holidaysFor('GB-ENG', 2026))).toBe('2026-12-29');
    expect(checkIn(await holidaysFor('US', 2026))).toBe('2026-12-28');
  });
});
