import type { JSX } from 'preact';
import { fieldId, type HolidayRow } from '../../../lib/interview';
import Field from '../shared/Field';
import HolidayRegionPicker, { type RegionProps } from './HolidayRegionPicker';

/** The id of the button that adds a day off, where focus goes when the last one is removed. */
export const ADD_HOLIDAY_ID = 'add-holiday';

interface Props {
  rows: readonly HolidayRow[];
  /** What each row's date control started from (it is left to the browser while typing). */
  seed: readonly HolidayRow[];
  /** Bumped when the form takes in outside details, to recreate the date controls. */
  revision: number;
  errors: Readonly<Record<string, string>>;
  onInput: (index: number, event: JSX.TargetedEvent<HTMLInputElement>) => void;
  onBlur: (key: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** The region whose public holidays are skipped, chosen above the extra days. */
  region: RegionProps;
}

/** "Public holidays" of a region, then "Extra days off": closures the follow-ups should skip too. */
export default function HolidayRows(props: Props) {
  const { rows, seed, revision, errors, onInput, onBlur, onAdd, onRemove, region } = props;
  return (
    <>
      <HolidayRegionPicker {...region} error={errors['holidayRegion']} />
      <fieldset class="group" aria-describedby="hint-holidays">
        <legend>
          Extra days off <span class="optional">(optional)</span>
        </legend>
        <p class="hint" id="hint-holidays">
          Weekends and the public holidays above are skipped already. Add any other day the office
          is closed, and check-ins and follow-ups move to the next working day.
        </p>
        {rows.map((row, index) => {
          const n = index + 1;
          const key = `holidays.${index}`;
          return (
            <div class="holiday-row" key={row.key}>
              <Field id={fieldId(key)} label={`Day off ${n}`} error={errors[key]}>
                {(control) => (
                  <input
                    type="date"
                    {...control}
                    key={`holiday-${revision}`}
                    defaultValue={seed.find((entry) => entry.key === row.key)?.date ?? ''}
                    onInput={(event) => onInput(index, event)}
                    onBlur={(event) => {
                      // A date the browser cannot read changes no value; it shows on leaving.
                      if (event.currentTarget.validity.badInput) onInput(index, event);
                      onBlur(key);
                    }}
                  />
                )}
              </Field>
              <button type="button" class="secondary remove" onClick={() => onRemove(index)}>
                Remove<span class="visually-hidden"> day off {n}</span>
              </button>
            </div>
          );
        })}
        <button type="button" class="secondary" id={ADD_HOLIDAY_ID} onClick={onAdd}>
          Add a day off
        </button>
      </fieldset>
    </>
  );
}
