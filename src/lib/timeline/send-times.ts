// When to send each message to someone in another time zone: in their working hours, shown in
// their time and yours. Loaded on demand, once someone on an interview has a zone of their own.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { addCalendarDays, formatClockTime, formatStepDate, isBusinessDay } from '../dates/index';
import { guessHolidayRegion, presetFor } from '../holidays/index';
import type { Step } from './build';
import type { Contact, Interviewer } from './schema';
import { STEPS } from './steps';

/** A message is suggested for this time on the recipient's working day, in their zone. */
const SEND_TIME = '09:30';

/** Your wall clock outside these hours is a time to schedule the message, not to write it. */
const AWAKE = { from: '07:00', to: '22:00' } as const;

/** A zone's place for people: "America/New_York" → "New York", "UTC" → "UTC". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/** One moment for one recipient, in their zone and in yours. */
export interface ZonedTime {
  /** Who the message is for, as the step names them. */
  recipient: string;
  /** Their IANA zone. */
  timeZone: string;
  /** `send`: the suggested time to send; `due`: the deadline (the thank-you's 24 hours). */
  kind: 'send' | 'due';
  /** The moment, in milliseconds since 1970 (UTC). */
  at: number;
  /** Their wall clock, `YYYY-MM-DDTHH:mm`. */
  theirs: string;
  /** Your wall clock, `YYYY-MM-DDTHH:mm`. */
  yours: string;
  /** Whether your wall clock then is outside waking hours, so the message is best scheduled. */
  schedule: boolean;
}

const pad = (value: number): string => String(value).padStart(2, '0');

const MINUTE = 60_000;

/** The UTC offset of `zone` at a moment, in minutes; throws for a zone this browser does not know. */
function offsetAt(zone: string, at: number): number {
  const offset = tzOffset(zone, new Date(at));
  if (Number.isNaN(offset)) throw new RangeError(`No clock for the zone "${zone}".`);
  return offset;
}

/** The wall clock in `zone` at a moment, `YYYY-MM-DDTHH:mm`. */
export function wallClock(at: number, zone: string): string {
  // The moment shifted by the zone's offset reads, in UTC, as the zone's own clock.
  const date = new Date(at + offsetAt(zone, at) * MINUTE);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** The moment of a wall-clock time `YYYY-MM-DDTHH:mm` in `zone`; a time a clock change skips moves on by the change. */
export function momentOf(wall: string, zone: string): number {
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0] = wall.split(/[-T:]/).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes);
  // The zone's offset an instant near the answer; near a clock change, the offset at the answer.
  const first = asUtc - offsetAt(zone, asUtc) * MINUTE;
  const second = asUtc - offsetAt(zone, first) * MINUTE;
  // A time the clocks skip has no moment of its own: it reads as the same time after the change.
  return wallClock(second, zone) === wall ? second : first;
}

/**
 * When to send a message due on `date` (a day in your calendar) to someone in `theirZone`:
 * 9:30 their time on the first of their business days (weekdays not in `theirHolidays`) whose 9:30
 * falls on `date` or later in your calendar.
 */
export function suggestedSendTime(
  date: string,
  yourZone: string,
  theirZone: string,
  theirHolidays: readonly string[] = [],
): { at: number; theirs: string; yours: string } {
  // Their calendar runs at most a day behind or ahead of yours; a run of days off ends within two weeks.
  for (let offset = -1; offset <= 14; offset += 1) {
    const day = addCalendarDays(date, offset);
    if (!isBusinessDay(day, theirHolidays)) continue;
    const at = momentOf(`${day}T${SEND_TIME}`, theirZone);
    const yours = wallClock(at, yourZone);
    if (yours.slice(0, 10) >= date) return { at, theirs: wallClock(at, theirZone), yours };
  }
  const at = momentOf(`${date}T${SEND_TIME}`, theirZone);
  return { at, theirs: wallClock(at, theirZone), yours: wallClock(at, yourZone) };
}

/** The people of one interview, with the zones they work in ('' for yours). */
export interface ZonedPeople {
  interviewers: readonly Pick<Interviewer, 'name' | 'timeZone'>[];
  contact?: Pick<Contact, 'name' | 'timeZone'> | undefined;
}

/** Every zone someone on the interview works in, other than yours (''), once each. */
export function zonesOf(people: ZonedPeople): string[] {
  const zones = [...people.interviewers, ...(people.contact ? [people.contact] : [])].map(
    (person) => person.timeZone,
  );
  return [...new Set(zones.filter((zone) => zone !== ''))].sort();
}

/**
 * The public holidays where each zone's people work, for `year` and the next: those of the region
 * the zone lies in, guessed from the zone alone (New York → US, Toronto → CA-ON). A zone in no
 * region we know, or whose data cannot be fetched, gets none, and its times skip weekends only.
 */
export async function holidaysByZone(
  zones: readonly string[],
  year: number,
): Promise<Record<string, string[]>> {
  const days: Record<string, string[]> = {};
  for (const zone of zones) {
    try {
      const region = await guessHolidayRegion([], zone);
      if (region !== null)
        days[zone] = (await presetFor(region, year)).days.map(({ date }) => date);
    } catch {
      // Offline, or a year the data does not cover: weekends only.
    }
  }
  return days;
}

/** The recipients of a step with their zones, in the step's order. */
function recipientZones(step: Step, people: ZonedPeople): { name: string; timeZone: string }[] {
  const audience = STEPS[step.id].audience;
  if (audience === 'nobody') return [];
  if (audience === 'contact') {
    const person = people.contact ?? people.interviewers[0];
    return person ? [{ name: person.name, timeZone: person.timeZone }] : [];
  }
  // A step for each interviewer lists them in order (a group thank-you only the lead).
  return step.recipients.map((name, index) => ({
    name,
    timeZone: people.interviewers[index]?.timeZone ?? '',
  }));
}

/**
 * The times of a step for each recipient whose clock differs from yours: the thank-you's deadline,
 * or when to send the other messages. A card in the mail and moving on have none.
 * `holidaysByZone` gives the days off where each recipient works, when known.
 */
export function stepTimes(
  step: Step,
  people: ZonedPeople,
  yourZone: string,
  holidaysByZone: Readonly<Record<string, readonly string[]>> = {},
): ZonedTime[] {
  if (step.channel === 'letter' || step.channel === 'none') return [];
  const times: ZonedTime[] = [];
  for (const { name, timeZone } of recipientZones(step, people)) {
    if (timeZone === '' || timeZone === yourZone) continue;
    let moment: { at: number; theirs: string; yours: string };
    try {
      if (step.dueBy === undefined) {
        moment = suggestedSendTime(step.date, yourZone, timeZone, holidaysByZone[timeZone]);
      } else {
        const at = momentOf(step.dueBy, yourZone);
        moment = { at, theirs: wallClock(at, timeZone), yours: wallClock(at, yourZone) };
      }
    } catch {
      // A zone this browser does not know: the step keeps its day, without a time.
      continue;
    }
    // A zone with the same clock as yours at that moment (Paris and Berlin) needs no second time.
    if (moment.theirs === moment.yours) continue;
    const clock = moment.yours.slice(11);
    times.push({
      recipient: name,
      timeZone,
      kind: step.dueBy === undefined ? 'send' : 'due',
      ...moment,
      schedule: clock < AWAKE.from || clock >= AWAKE.to,
    });
  }
  return times;
}

/** The one moment every recipient of a step should get it, when they share one; else null. */
export function sharedSendTime(times: readonly ZonedTime[], step: Step): number | null {
  const first = times[0];
  if (first?.kind !== 'send' || times.length !== step.recipients.length) return null;
  return times.every((time) => time.at === first.at) ? first.at : null;
}

/** One of a step's times for people, e.g. `{ kind: 'send', text: '9:30 AM their time in New York — 3:30 PM yours' }`. */
export interface ZonedLine {
  kind: ZonedTime['kind'];
  /** Who it is for. */
  recipient: string;
  text: string;
}

/**
 * A time in words. A send time: "9:30 AM their time in New York — 3:30 PM yours", naming a day
 * when it is not the step's `date`. A deadline (whose day and time you see already): "8:00 AM
 * their time in New York". `near` as for `formatStepDate`.
 */
export function describeTime(time: ZonedTime, date: string, near?: string): ZonedLine {
  const reference = time.kind === 'due' ? time.yours.slice(0, 10) : date;
  const clock = (wall: string) => {
    const day = wall.slice(0, 10);
    const hour = formatClockTime(wall.slice(11));
    return day === reference ? hour : `${formatStepDate(day, near)}, ${hour}`;
  };
  const theirs = `${clock(time.theirs)} their time in ${zoneCity(time.timeZone)}`;
  const text = time.kind === 'due' ? theirs : `${theirs} — ${clock(time.yours)} yours`;
  const scheduled = time.kind === 'send' && time.schedule ? ' (schedule it to send then)' : '';
  return { kind: time.kind, recipient: time.recipient, text: `${text}${scheduled}` };
}
