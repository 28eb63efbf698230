import type { JSX } from 'preact';
import { fieldId } from '../../../lib/interview';
import Field from '../shared/Field';

interface Props {
  name: string;
  email: string;
  /** The message shown for each error key, e.g. `contact.email`. */
  errors: Readonly<Record<string, string>>;
  onInput: (property: 'contactName' | 'contactEmail', value: string) => void;
  onBlur: (key: string) => void;
}

type InputEvent = JSX.TargetedEvent<HTMLInputElement>;

/** "Who runs the process": the one person the check-ins go to. */
export default function ContactFields({ name, email, errors, onInput, onBlur }: Props) {
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
              value={name}
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
              value={email}
              onInput={(event: InputEvent) => onInput('contactEmail', event.currentTarget.value)}
              onBlur={() => {
                // An address with no name asks for the name as soon as the address is left.
                onBlur('contact.email');
                onBlur('contact.name');
              }}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
