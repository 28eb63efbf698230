import type { ComponentChildren, VNode } from 'preact';

/** What the control inside a field needs so that its label, hint and error are announced with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

interface Props {
  /** The control's id; the hint and the error get ids made from it. */
  id: string;
  /** What the field is called. */
  label: ComponentChildren;
  /** Marks the field "(optional)" after its label. */
  optional?: boolean;
  /** A line under the label on what to enter. */
  hint?: ComponentChildren;
  /** What is wrong with the value and how to fix it; nothing when it is fine. */
  error?: string | undefined;
  /** A value that is allowed but unusual, and what to check (shown when there is no error). */
  warning?: string | undefined;
  /** Extra ids the control is described by (a hint shared with other fields). */
  describedBy?: string | undefined;
  /** Classes for the wrapper besides `field`. */
  class?: string;
  /** The control, given the props that tie it to the label, hint and error. */
  children: (control: ControlProps) => VNode;
  /** Anything after the control and its error, e.g. a button that puts a value back. */
  after?: ComponentChildren;
}

/** A labelled form field: label, hint, control and error message, wired for screen readers. */
export default function Field({
  id,
  label,
  optional,
  hint,
  error,
  warning,
  describedBy,
  children,
  after,
  ...rest
}: Props) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const note = error === undefined ? warning : undefined;
  const warningId = note === undefined ? undefined : `${id}-warning`;
  const described = [describedBy, hintId, errorId, warningId].filter(Boolean).join(' ');
  return (
    <div class={rest.class ? `field ${rest.class}` : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> (optional)</span>}
      </label>
      {hint !== undefined && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error === undefined ? {} : { 'aria-invalid': 'true' as const }),
      })}
      {error !== undefined && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      {note !== undefined && (
        <p class="field-warning" id={warningId}>
          {note}
        </p>
      )}
      {after}
    </div>
  );
}
