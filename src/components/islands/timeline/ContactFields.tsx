import type { JSX } from 'preact';
import { fieldId, type FormState } from '../../../lib/interview';
import Field from '../shared/Field';
import { TIME_ZONE_HINT, TIME_ZONE_LIST_ID, useYourZone } from './TimeZoneList';

type ContactProperty = 'contactName' | 'contactGreeting' | 'contactEmail' | 'contactTimeZone';

interface Props {
  /** The form's contact fields, as typed. */
  values: Pick<FormState, ContactProperty>;
  /** The message shown for each error key, e.g. `contact.email`. */
  errors: Readonly<Record<string, string>>;
  onInput: (property: ContactProperty, value: string) => void;
  onBlur: (key: string) => void;
}

type InputEvent = JSX.TargetedEvent<HTMLInputElement>;

/** "Who runs the process": the one person the check-ins go to. */
export default function ContactFields({ values, errors, onInput, onBlur }: Props) {
  const yourZone = useYourZone();
  return (
    <fieldset class="group" aria-describedby="hint-contact">
      <legend>
        Who runs the process <span class="optional">(optional)</span>
      </legend>
      <p class="hint" id="hint-contact">
        The recruiter or hiring manager who arranges things. Your check-ins go to this one person;
        with nobody here, they go to the first interviewer.
      </p>
      <div class="field-pair">
        <Field id={fieldId('contact.name')} label="Name" error={errors['contact.name']}>
          {(control) => (
            <input
              type="text"
              autoComplete="off"
              {...control}
              value={values.contactName}
              onInput={(event: InputEvent) => onInput('contactName', event.currentTarget.value)}
              onBlur={() => onBlur('contact.name')}
            />
          )}
        </Field>
        <Field id={fieldId('contact.email')} label="Email" error={errors['contact.email']}>
          {(control) => (
            <input
              type="email"
              autoComplete="off"
              spellcheck={false}
              {...control}
              value={values.contactEmail}
              onInput={(event: InputEvent) => onInput('contactEmail', event.currentTarget.value)}
              onBlur={() => {
                // An address with no name asks for the name as soon as the address is left.
                onBlur('contact.email');
                onBlur('contact.name');
              }}
            />
          )}
        </Field>
        <Field
          id={fieldId('contact.greeting')}
          label="How you greet them"
          hint="As you will write it after “Dear”. Left empty, messages use the name."
          error={errors['contact.greeting']}
        >
          {(control) => (
            <input
              type="text"
              autoComplete="off"
              {...control}
              value={values.contactGreeting}
              onInput={(event: InputEvent) => onInput('contactGreeting', event.currentTarget.value)}
              onBlur={() => {
                onBlur('contact.greeting');
                onBlur('contact.name');
              }}
            />
          )}
        </Field>
        <Field
          id={fieldId('contact.timeZone')}
          label="Time zone"
          hint={TIME_ZONE_HINT}
          error={errors['contact.timeZone']}
        >
          {(control) => (
            <input
              type="text"
              list={TIME_ZONE_LIST_ID}
              autoComplete="off"
              spellcheck={false}
              placeholder={yourZone}
              {...control}
              value={values.contactTimeZone}
              onInput={(event: InputEvent) => onInput('contactTimeZone', event.currentTarget.value)}
              onBlur={() => {
                onBlur('contact.timeZone');
                onBlur('contact.name');
              }}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
