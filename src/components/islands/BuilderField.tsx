import type { TemplateField } from '../../lib/templates/types';

type Props = {
  /** The field as the template declares it. */
  field: TemplateField;
  /** The id of the input; the hint's id is derived from it. */
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
  const { field, id, value, fromInterview } = props;
  const hintId = `${id}-hint`;
  const hint = field.hint;
  const offerInterview =
    props.onUseInterview !== undefined &&
    fromInterview !== undefined &&
    fromInterview !== '' &&
    fromInterview !== value;
  const shared = {
    id,
    value,
    onInput: (event: { currentTarget: { value: string } }) =>
      props.onInput(event.currentTarget.value),
    'aria-describedby': hint ? hintId : undefined,
    autocomplete: AUTOCOMPLETE[field.name] ?? 'off',
    spellcheck: field.from === 'message',
  };
  return (
    <div class="builder-field">
      <label for={id}>{props.label ?? field.label}</label>
      {hint && (
        <p class="builder-hint" id={hintId}>
          {hint}
        </p>
      )}
      {field.multiline ? (
        <textarea {...shared} rows={3} />
      ) : (
        <input type={INPUT_TYPE[field.name] ?? 'text'} {...shared} />
      )}
      {offerInterview && (
        <button type="button" class="secondary builder-use" onClick={props.onUseInterview}>
          Use “{fromInterview}” from your interview
        </button>
      )}
    </div>
  );
}
