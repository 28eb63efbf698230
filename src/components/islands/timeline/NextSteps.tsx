import type { JSX } from 'preact';
import { fieldId } from '../../../lib/interview';
import Field from '../shared/Field';

/** What the form's own helpers give a text or date control: its value and its handlers. */
type ControlHandlers = JSX.InputHTMLAttributes<HTMLInputElement>;

interface Props {
  /** The message shown for each error key. */
  errors: Readonly<Record<string, string>>;
  /** What to check about an unusual decision date, once it is worth saying. */
  decisionWarning: string | undefined;
  text: (field: 'callBackInDays' | 'promised') => ControlHandlers;
  date: (field: 'decisionDate' | 'promisedBy') => ControlHandlers;
}

/** "What you agreed about next steps": their decision date or call-back, and what you promised. */
export default function NextSteps({ errors, decisionWarning, text, date }: Props) {
  return (
    <fieldset class="group">
      <legend>What you agreed about next steps</legend>
      <Field
        id={fieldId('decisionDate')}
        label="They said they would decide by"
        optional
        hint="If they named a day, your check-in comes one business day after it (two at the latest)."
        error={errors['decisionDate']}
        warning={decisionWarning}
      >
        {(control) => <input type="date" {...control} {...date('decisionDate')} />}
      </Field>
      <Field
        id={fieldId('callBackInDays')}
        label="They asked me to call in this many days"
        optional
        hint="If they said “call me in four days,” enter 4: their instruction sets your check-in."
        error={errors['callBackInDays']}
      >
        {(control) => (
          <input
            type="text"
            inputMode="numeric"
            class="short"
            {...control}
            {...text('callBackInDays')}
          />
        )}
      </Field>
      <Field
        id={fieldId('promised')}
        label="I promised to send"
        optional
        hint="What they asked for, e.g. my portfolio; your timeline reminds you on the day."
        error={errors['promised']}
      >
        {(control) => <input type="text" {...control} {...text('promised')} />}
      </Field>
      <Field
        id={fieldId('promisedBy')}
        label="I promised it by"
        optional
        error={errors['promisedBy']}
      >
        {(control) => <input type="date" {...control} {...date('promisedBy')} />}
      </Field>
    </fieldset>
  );
}
