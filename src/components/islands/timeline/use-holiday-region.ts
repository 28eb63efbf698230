import { useEffect, useRef, useState } from 'preact/hooks';
import { isCalendarDate, localTimeZone } from '../../../lib/dates';
import type { FormState } from '../../../lib/interview';
import { holidayPresets } from '../../../lib/on-demand';

/** A change to the form, as the interview form applies it (checked, then saved when valid). */
export type ApplyForm = (change: (current: FormState) => FormState) => void;

const FAILED =
  'The public holidays could not be loaded, most likely because the connection dropped — choose the region again, or list the days off below.';

/**
 * The form's holiday region: guessed from the browser for a new interview once the person starts
 * on the form, and its days off worked out (loaded on demand) whenever the region or the
 * interview's year changes, or when the list is shown and needs the days' names.
 */
export function useHolidayRegion(apply: ApplyForm, form: FormState, isNew: boolean) {
  const region = form.holidayRegion;
  const year = isCalendarDate(form.interviewDate) ? Number(form.interviewDate.slice(0, 4)) : null;
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [message, setMessage] = useState('');
  const [wantNames, setWantNames] = useState(false);
  const [guessed, setGuessed] = useState(false);
  const chosen = useRef(false);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  // The form's apply changes with every render; the effects need only the latest one.
  const applyRef = useRef(apply);
  applyRef.current = apply;

  // The guess reads the browser's time zone, slow the first time on a phone: it waits until the
  // person starts on the form.
  useEffect(() => {
    const element = rootRef.current?.closest('form');
    if (!element || !isNew || region !== null || chosen.current) return;
    const guess = () => {
      chosen.current = true;
      holidayPresets()
        .then(({ guessHolidayRegion }) => guessHolidayRegion(navigator.languages, localTimeZone()))
        .then((code) => {
          if (code === null) return;
          setGuessed(true);
          applyRef.current((current) =>
            current.holidayRegion === null
              ? { ...current, holidayRegion: { code, year: 0, days: [], working: [] } }
              : current,
          );
        })
        // Without a guess (offline, say) the choice is the person's.
        .catch(() => undefined);
    };
    element.addEventListener('focusin', guess, { once: true });
    return () => element.removeEventListener('focusin', guess);
  }, [isNew, region]);

  const code = region?.code ?? null;
  const stale = region !== null && year !== null && region.year !== year;
  const needsNames = wantNames && names.size === 0;
  useEffect(() => {
    if (code === null || year === null || (!stale && !needsNames)) return;
    let current = true;
    setMessage('Loading the public holidays…');
    holidayPresets()
      .then(async ({ presetFor, regionChoice }) => {
        const preset = await presetFor(code, year);
        if (!current) return;
        setNames(new Map(preset.days.map(({ date, name }) => [date, name])));
        setMessage(
          preset.missing.length > 0
            ? `We have no public holidays for ${preset.missing.join(' or ')} — list the ones that matter below.`
            : '',
        );
        const dates = preset.days.map(({ date }) => date);
        applyRef.current((form) =>
          form.holidayRegion?.code === code && form.holidayRegion.year !== year
            ? {
                ...form,
                holidayRegion: regionChoice(code, year, dates, form.holidayRegion.working),
              }
            : form,
        );
      })
      .catch(() => current && setMessage(FAILED));
    return () => {
      current = false;
    };
  }, [code, year, stale, needsNames]);

  /** Chooses a region, or none for ''; its days follow once they have loaded. */
  const choose = (next: string) => {
    chosen.current = true;
    setGuessed(false);
    setNames(new Map());
    apply((form) => ({
      ...form,
      holidayRegion: next === '' ? null : { code: next, year: 0, days: [], working: [] },
    }));
  };

  /** Marks one of the region's holidays as a day the company works, or puts it back. */
  const toggle = (date: string) =>
    apply((form) => {
      const current = form.holidayRegion;
      if (current === null) return form;
      const worked = current.working.includes(date);
      const without = (list: string[]) => list.filter((day) => day !== date);
      const adding = (list: string[]) => [...list, date].sort();
      return {
        ...form,
        holidayRegion: {
          ...current,
          days: worked ? adding(current.days) : without(current.days),
          working: worked ? without(current.working) : adding(current.working),
        },
      };
    });

  // Listed: the region's holidays from the interview to the end of the next year.
  const listed =
    region === null || year === null || stale
      ? []
      : [...region.days, ...region.working]
          .filter((date) => date >= form.interviewDate && date <= `${year + 1}-12-31`)
          .sort();

  return {
    rootRef,
    region,
    year,
    listed,
    names,
    message,
    guessed,
    choose,
    toggle,
    showNames: () => setWantNames(true),
  };
}
