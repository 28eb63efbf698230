import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../../src/lib/calendar/ics';
import {
  eventDescription,
  eventSummary,
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  type CalendarInterview,
} from '../../../src/lib/calendar';
import { buildTimeline, type Step } from '../../../src/lib/timeline';

const interview: CalendarInterview = { id: 'int-7f3a', company: 'Acme', role: 'Product Designer' };

// Tuesday 2026-11-24, 14:30, decision Friday 2026-12-04: all six steps, with dueBy and latest.
const { steps } = buildTimeline({
  interviewDate: '2026-11-24',
  interviewTime: '14:30',
  decisionDate: '2026-12-04',
  handwrittenNote: true,
  interviewers: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }],
});

function firstStep(list: Step[] = steps): Step {
  const [first] = list;
  if (!first) throw new Error('The timeline has no steps.');
  return first;
}

// Calendar apps read the X-WR-CALNAME extension as TEXT; teach the parser the same so it unescapes it.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

function events(ics: string) {
  return parse(ics).getAllSubcomponents('vevent');
}

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') throw new Error(`${name} is not text.`);
  return value;
}

function date(component: ICAL.Component, name: string): { type: string; value: string } {
  const property = component.getFirstProperty(name);
  if (!property) throw new Error(`The event has no ${name}.`);
  return { type: property.type, value: String(property.getFirstValue()) };
}

describe('buildIcs', () => {
  it('makes one event per step, in the order of the timeline', () => {
    const parsed = events(buildIcs(interview, steps));
    expect(parsed.map((event) => text(event, 'uid'))).toEqual([
      'int-7f3a-thank-you@follow-up.app',
      'int-7f3a-handwritten-note@follow-up.app',
      'int-7f3a-linkedin@follow-up.app',
      'int-7f3a-check-in@follow-up.app',
      'int-7f3a-second-follow-up@follow-up.app',
      'int-7f3a-move-on@follow-up.app',
    ]);
  });

  it('keeps the same UIDs when the file is made again, so a re-import updates the events', () => {
    const uids = () => events(buildIcs(interview, steps)).map((e) => text(e, 'uid'));
    expect(uids()).toEqual(uids());
  });

  it('gives a different interview different UIDs', () => {
    const first = events(buildIcs(interview, steps)).map((e) => text(e, 'uid'));
    const other = events(buildIcs({ ...interview, id: 'int-9b21' }, steps)).map((e) =>
      text(e, 'uid'),
    );
    expect(first.filter((uid) => other.includes(uid))).toEqual([]);
  });

  it('makes every event an all-day DATE on the step date, ending the next day', () => {
    const parsed = events(buildIcs(interview, steps));
    expect(parsed.map((event) => [date(event, 'dtstart'), date(event, 'dtend')])).toEqual([
      [
        { type: 'date', value: '2026-11-24' },
        { type: 'date', value: '2026-11-25' },
      ],
      [
        { type: 'date', value: '2026-11-24' },
        { type: 'date', value: '2026-11-25' },
      ],
      [
        { type: 'date', value: '2026-11-25' },
        { type: 'date', value: '2026-11-26' },
      ],
      [
        { type: 'date', value: '2026-12-07' },
        { type: 'date', value: '2026-12-08' },
      ],
      [
        { type: 'date', value: '2026-12-14' },
        { type: 'date', value: '2026-12-15' },
      ],
      [
        { type: 'date', value: '2026-12-21' },
        { type: 'date', value: '2026-12-22' },
      ],
    ]);
    expect(parsed.map((event) => date(event, 'dtstart').value)).toEqual(steps.map((s) => s.date));
  });

  it.each([
    ['the year end', '2026-12-31', 'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270101'],
    ['a leap day', '2028-02-28', 'DTSTART;VALUE=DATE:20280228', 'DTEND;VALUE=DATE:20280229'],
    [
      'the end of a leap day',
      '2028-02-29',
      'DTSTART;VALUE=DATE:20280229',
      'DTEND;VALUE=DATE:20280301',
    ],
  ])('writes plain dates with no UTC shift across %s', (_, interviewDate, start, end) => {
    const timeline = buildTimeline({ interviewDate });
    const lines = buildIcs(interview, timeline.steps.slice(0, 1)).split('\r\n');
    expect(lines).toContain(start);
    expect(lines).toContain(end);
  });

  it('titles and describes each event for the person', () => {
    const [event] = events(buildIcs(interview, steps));
    if (!event) throw new Error('No event.');
    expect(text(event, 'summary')).toBe(
      'Follow-up: Send your thank-you email — Acme (Product Designer)',
    );
    expect(text(event, 'description')).toBe(
      [firstStep().why, 'Due by Wed, Nov 25 at 2:30 PM', 'For: Ana Ruiz, Ben Okafor'].join('\n'),
    );
  });

  it('mentions the latest day in the check-in description', () => {
    const checkIn = steps.find((s) => s.id === 'check-in');
    if (!checkIn) throw new Error('No check-in.');
    const [event] = events(buildIcs(interview, [checkIn]));
    if (!event) throw new Error('No event.');
    expect(text(event, 'description')).toContain('No later than Tue, Dec 8');
  });

  it('reminds you at 9:00 on the day of each step', () => {
    for (const event of events(buildIcs(interview, steps))) {
      const alarm = event.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarm?.getFirstPropertyValue('trigger');
      if (!(trigger instanceof ICAL.Duration)) throw new Error('The trigger is not a duration.');
      expect(trigger.isNegative).toBe(false);
      expect(trigger.toSeconds()).toBe(9 * 60 * 60);
    }
  });

  it.each([
    ['commas', 'Smith, Jones, and Partners', 'Analyst, Level 2'],
    ['semicolons', 'Acme; Widgets', 'Designer; UX'],
    ['backslashes', 'C:\\Jobs\\Acme', 'Dev \\ Ops'],
    ['a line break', 'Acme\nEurope', 'Lead\r\nDesigner'],
    ['non-ASCII text', 'Société Générale — Zürich 日本支社 🚀', 'Ingénieure logicielle'],
    [
      'a very long name',
      'The Extraordinarily Long-Named International Consolidated Holding Company of Ünïcode',
      'Senior Principal Staff Product Designer, Platform and Infrastructure',
    ],
  ])('round-trips a title and calendar name with %s', (_, company, role) => {
    const named = { id: 'int-1', company, role };
    const ics = buildIcs(named, steps);
    const parsed = events(ics);
    expect(parsed.map((event) => text(event, 'summary'))).toEqual(
      steps.map((s) => eventSummary(s, named)),
    );
    expect(text(parsed[0] ?? parse(ics), 'summary')).toContain(company.replace(/\r\n/g, '\n'));
    expect(parsed.map((event) => text(event, 'description'))).toEqual(
      steps.map((s) => eventDescription(s)),
    );
    expect(text(parse(ics), 'x-wr-calname')).toBe(`Follow-up: ${company.replace(/\r\n/g, '\n')}`);
  });

  it.each([
    ['plain text', 'Acme', 'Product Designer'],
    [
      'multi-byte text',
      'Société Générale — Zürich 日本支社 🚀🚀🚀🚀🚀🚀🚀🚀',
      'Ingénieure ééééééééééééé',
    ],
  ])('folds every physical line to at most 75 octets, with %s', (_, company, role) => {
    const ics = buildIcs({ id: 'int-1', company, role }, steps);
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    const encoder = new TextEncoder();
    for (const line of lines) {
      expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
    // Long descriptions must actually have been folded for this test to mean anything.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('makes a valid, empty calendar when there are no steps', () => {
    const calendar = parse(buildIcs(interview, []));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('eventSummary', () => {
  it.each([
    ['Acme', 'Product Designer', 'Follow-up: Send your thank-you email — Acme (Product Designer)'],
    ['Acme', '', 'Follow-up: Send your thank-you email — Acme'],
    ['', 'Product Designer', 'Follow-up: Send your thank-you email — Product Designer'],
    ['  ', ' ', 'Follow-up: Send your thank-you email'],
  ])('names company %j and role %j as %j', (company, role, expected) => {
    expect(eventSummary(firstStep(), { id: 'x', company, role })).toBe(expected);
  });
});

describe('calendar links', () => {
  const yearEnd = firstStep(buildTimeline({ interviewDate: '2026-12-31' }).steps);

  it('opens a Google Calendar all-day event ending the next day', () => {
    const url = new URL(googleCalendarUrl(yearEnd, interview));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Follow-up: Send your thank-you email — Acme (Product Designer)',
      dates: '20261231/20270101',
      details: eventDescription(yearEnd),
    });
  });

  it('opens an Outlook all-day event ending the next day', () => {
    const url = new URL(outlookCalendarUrl(yearEnd, interview));
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'Follow-up: Send your thank-you email — Acme (Product Designer)',
      startdt: '2026-12-31',
      enddt: '2027-01-01',
      allday: 'true',
      body: eventDescription(yearEnd),
    });
  });

  it.each([
    ['Google', googleCalendarUrl],
    ['Outlook', outlookCalendarUrl],
  ])('keeps spaces, plus signs, ampersands and hashes intact in %s links', (_, build) => {
    const tricky = { id: 'x', company: 'R&D + Co #1', role: 'C++ dev' };
    const url = build(firstStep(), tricky);
    expect(url).not.toContain('+');
    expect(url).not.toContain('#');
    const title = new URL(url).searchParams.get(build === googleCalendarUrl ? 'text' : 'subject');
    expect(title).toBe('Follow-up: Send your thank-you email — R&D + Co #1 (C++ dev)');
  });
});

describe('icsFileName', () => {
  it.each([
    ['Acme', 'Product Designer', 'follow-up-acme-product-designer.ics'],
    ['Café Noir', 'Barista', 'follow-up-cafe-noir-barista.ics'],
    ['../../etc', 'passwd', 'follow-up-etc-passwd.ics'],
    ['日本語', '', 'follow-up.ics'],
    ['', '', 'follow-up.ics'],
  ])('names the file for %j and %j as %s', (company, role, expected) => {
    expect(icsFileName({ id: 'x', company, role })).toBe(expected);
  });

  it('keeps long names short and never ends the name with a dash', () => {
    const name = icsFileName({ id: 'x', company: 'a'.repeat(59) + ' company', role: 'role' });
    expect(name).toBe(`follow-up-${'a'.repeat(59)}.ics`);
  });
});
