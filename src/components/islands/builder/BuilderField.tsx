import type { TemplateField } from '../../../lib/templates';
import Field from '../shared/Field';

type Props = {
  /** The field as the template declares it. */
  field: TemplateField;
  /** The id of the input. */
  id: string;
  /** What the field holds now. */
  value: string;
  /** The label, when it should differ from the template's (e.g. naming the interviewer). */
  label?: string | undefined;
  /** What the interview gives for this field, offered back when the person has typed over it. */
  fromInterview?: string | undefined;
  /** Called with the new text on every keystroke. */
  onInput: (value: string) => void;
  /** Called to go back to the interview's value. */
  onUseInterview?: (() => void) | undefined;
};

const AUTOCOMPLETE: Readonly<Record<string, string>> = {
  yourName: 'name',
  yourEmail: 'email',
  yourPhone: 'tel',
};
const INPUT_TYPE: Readonly<Record<string, string>> = {
  yourEmail: 'email',
  yourPhone: 'tel',
};

/** One labelled fill-in field of a template, with its hint. */
export default function BuilderField(props: Props) {
  const { field, id, value, fromInterview, onUseInterview } = props;
  const offerInterview =
    onUseInterview !== undefined &&
    fromInterview !== undefined &&
    fromInterview !== '' &&
    fromInterview !== value;
  const input = {
    value,
    onInput: (event: { currentTarget: { value: string } }) =>
      props.onInput(event.currentTarget.value),
    autocomplete: AUTOCOMPLETE[field.name] ?? 'off',
    spellcheck: field.from === 'message',
  };
  return (
    <Field
      id={id}
      label={props.label ?? field.label}
      hint={field.hint}
      after={
        offerInterview && (
          <button type="button" class="secondary builder-use" onClick={onUseInterview}>
            Use “{fromInterview}” from your interview
          </button>
        )
      }
    >
      {(control) =>
        field.multiline ? (
          <textarea {...control} {...input} rows={3} />
        ) : (
          <input type={INPUT_TYPE[field.name] ?? 'text'} {...control} {...input} />
        )
      }
    </Field>
  );
}
