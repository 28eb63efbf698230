import { formatStepDate } from '../../../lib/dates';
import type { HolidayRegion } from '../../../lib/holidays';
import { fieldId, type FormState } from '../../../lib/interview';
import Field from '../shared/Field';
import { useHolidayRegion, type ApplyForm } from './use-holiday-region';

/** What the picker needs from the interview form. */
export interface RegionProps {
  /** Every region with a preset, from the page. */
  regions: readonly HolidayRegion[];
  form: FormState;
  /** Whether the interview is not saved yet (only then is a region guessed). */
  isNew: boolean;
  apply: ApplyForm;
}

/** "Public holidays": the region whose days off the follow-ups skip, and those days, each removable. */
export default function HolidayRegionPicker(props: RegionProps & { error: string | undefined }) {
  const { rootRef, region, year, listed, names, message, guessed, choose, toggle, showNames } =
    useHolidayRegion(props.apply, props.form, props.isNew);
  const worked = listed.filter((date) => region?.working.includes(date)).length;
  return (
    <fieldset class="group" ref={rootRef}>
      <legend>Public holidays</legend>
      <Field
        id={fieldId('holidayRegion')}
        label="Skip the public holidays of"
        hint={`Where your main contact works${guessed ? '; suggested from your browser’s language and time zone' : ''}.`}
        error={props.error}
      >
        {(control) => (
          <select
            {...control}
            value={region?.code ?? ''}
            onChange={(event) => choose(event.currentTarget.value)}
          >
            <option value="">No region: I will list days off myself</option>
            {props.regions.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p class="hint" role="status">
        {message}
      </p>
      {listed.length > 0 && (
        <details class="days-off" onToggle={showNames}>
          <summary>
            {listed.length - worked} public holidays skipped from the interview to the end of{' '}
            {(year ?? 0) + 1}
            {worked > 0 && `, ${worked} your company works`}
          </summary>
          <ul>
            {listed.map((date) => {
              const works = region?.working.includes(date) === true;
              const label = `${formatStepDate(date)}${names.has(date) ? `, ${names.get(date) ?? ''}` : ''}`;
              return (
                <li key={date} class={works ? 'is-worked' : undefined}>
                  <span>
                    {label}
                    {works && ' — your company works this day'}
                  </span>
                  <button type="button" class="secondary" onClick={() => toggle(date)}>
                    {works ? 'Skip it again' : 'We work this day'}
                    <span class="visually-hidden"> ({label})</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </fieldset>
  );
}
