import { useEffect, useMemo, useState } from 'preact/hooks';
import { NOT_ZONED, type ZonedStep } from '../../../lib/calendar';
import { localTimeZone } from '../../../lib/dates';
import type { Interview } from '../../../lib/interview';
import { sendTimes } from '../../../lib/on-demand';
import type { Step, StepId, Timeline, ZonedTime } from '../../../lib/timeline';
import { useOnDemand } from '../shared/use-on-demand';

/**
 * Each step's times for the people on the interview who work in another time zone: the send
 * times (in their working hours, past their holidays once those arrive) and the thank-you's
 * deadline, on their clock and yours. Their code loads only when someone has a zone of their own.
 */
export function useZonedSteps(
  interview: Interview,
  timeline: Timeline | null,
  today: string,
): (step: Step) => ZonedStep {
  const zoned =
    interview.interviewers.some((person) => person.timeZone !== '') ||
    (interview.contact?.timeZone ?? '') !== '';
  const zones = useOnDemand(sendTimes, zoned).loaded;
  // Their public holidays, by the zone they work in, once fetched; weekends only until then.
  const theirZones = zones?.zonesOf(interview).join(' ') ?? '';
  const year = Number(interview.interviewDate.slice(0, 4));
  const [theirHolidays, setTheirHolidays] = useState<Record<string, string[]>>({});
  useEffect(() => {
    if (!zones || theirZones === '') return;
    let live = true;
    void zones.holidaysByZone(theirZones.split(' '), year).then((days) => {
      if (live) setTheirHolidays(days);
    });
    return () => {
      live = false;
    };
  }, [zones, theirZones, year]);
  const times = useMemo((): Partial<Record<StepId, ZonedTime[]>> => {
    if (!zones || !zoned || !timeline) return {};
    const yours = localTimeZone();
    return Object.fromEntries(
      timeline.steps.map((step) => [
        step.id,
        zones.stepTimes(step, interview, yours, theirHolidays),
      ]),
    );
  }, [zones, zoned, timeline, interview, theirHolidays]);
  return (step) => {
    const stepTimes = times[step.id] ?? [];
    if (zones === null || stepTimes.length === 0) return NOT_ZONED;
    return {
      lines: stepTimes.map((time) => zones.describeTime(time, step.date, today)),
      at: zones.sharedSendTime(stepTimes, step),
    };
  };
}
