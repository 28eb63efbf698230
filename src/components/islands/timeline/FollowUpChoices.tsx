import { fieldId } from '../../../lib/interview';

type Choice = 'handwrittenNote' | 'phoneFollowUp';

interface Props {
  handwrittenNote: boolean;
  phoneFollowUp: boolean;
  /** A box was ticked or cleared. */
  onChange: (field: Choice, checked: boolean) => void;
}

/** "How you will follow up": a handwritten note as well, and a call instead of the last email. */
export default function FollowUpChoices(props: Props) {
  const box = (field: Choice, hintId: string) => (
    <input
      type="checkbox"
      id={fieldId(field)}
      aria-describedby={hintId}
      checked={props[field]}
      onChange={(event) => props.onChange(field, event.currentTarget.checked)}
    />
  );
  return (
    <fieldset class="group">
      <legend>How you will follow up</legend>
      <div class="check">
        {box('handwrittenNote', 'hint-note')}
        <label for={fieldId('handwrittenNote')}>I will also mail a handwritten note</label>
        <p class="hint" id="hint-note">
          Optional, on top of your email: it joins your timeline only when the decision is at least
          7 days after the interview.
        </p>
      </div>
      <div class="check">
        {box('phoneFollowUp', 'hint-phone')}
        <label for={fieldId('phoneFollowUp')}>I am comfortable following up by phone</label>
        <p class="hint" id="hint-phone">
          Your second follow-up becomes a call instead of an email.
        </p>
      </div>
    </fieldset>
  );
}
