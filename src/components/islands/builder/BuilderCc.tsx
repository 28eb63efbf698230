import type { CopyIn } from '../../../lib/builder';

type Props = {
  /** The CC field's id. */
  id: string;
  /** What the person typed in it. */
  cc: string;
  /** Who to suggest copying in, if anyone (see `copyInFor`). */
  copyIn: CopyIn | undefined;
  /** Called with the new CC text. */
  onCc: (value: string) => void;
};

/** The CC field of an email, suggesting whoever runs the process until they are in it. */
export default function BuilderCc({ id, cc, copyIn, onCc }: Props) {
  const suggest = copyIn && !cc.includes(copyIn.email) ? copyIn : undefined;
  return (
    <div class="field">
      <label for={id}>CC (optional)</label>
      <p class="builder-hint" id={`${id}-hint`}>
        {suggest
          ? `${suggest.name} runs the process: copy them in so they see it too.`
          : 'The recruiter or HR contact, if they have been part of the process.'}
      </p>
      <input
        id={id}
        type="email"
        autocomplete="email"
        value={cc}
        aria-describedby={`${id}-hint`}
        onInput={(event) => onCc(event.currentTarget.value)}
      />
      {suggest && (
        <button
          type="button"
          class="secondary builder-copy-in"
          onClick={() => {
            onCc(cc.trim() ? `${cc.trim()}, ${suggest.email}` : suggest.email);
            // The button goes once they are in: the CC field, now holding them, keeps focus.
            document.getElementById(id)?.focus();
          }}
        >
          Copy in {suggest.name}
        </button>
      )}
    </div>
  );
}
