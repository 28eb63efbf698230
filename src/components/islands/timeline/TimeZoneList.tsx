import { useEffect, useState } from 'preact/hooks';
import { localTimeZone, timeZoneNames } from '../../../lib/dates';

/** The id of the list a time zone field suggests from (its `list` attribute). */
export const TIME_ZONE_LIST_ID = 'time-zone-names';

/** A hint for a time zone field: what to type and when. */
export const TIME_ZONE_HINT =
  'Only if it is not yours: type their city, such as New York, for send times in their working hours.';

/**
 * What an empty time zone field says it means: "Yours: Europe/Berlin". Asked of the browser once
 * the form is on screen, not while it renders.
 */
export function useYourZone(): string {
  const [placeholder, setPlaceholder] = useState('');
  useEffect(() => setPlaceholder(`Yours: ${localTimeZone()}`), []);
  return placeholder;
}

/**
 * The zones a time zone field suggests as a person types. The browser's list has some 400 names,
 * so it is filled in the first time one of those fields is focused, not while the page loads.
 */
export default function TimeZoneList() {
  const [names, setNames] = useState<readonly string[]>([]);
  useEffect(() => {
    if (names.length > 0) return;
    const fill = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.getAttribute('list') === TIME_ZONE_LIST_ID) {
        setNames(timeZoneNames());
      }
    };
    document.addEventListener('focusin', fill);
    return () => document.removeEventListener('focusin', fill);
  }, [names]);
  return (
    <datalist id={TIME_ZONE_LIST_ID}>
      {names.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
