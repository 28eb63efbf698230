import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Ties the question to its group, e.g. "delete-northwind-1". */
  id: string;
  /** The button that asks, e.g. "Delete" with its hidden context. */
  label: ComponentChildren;
  /** The question, saying what goes and that it cannot be undone. */
  question: string;
  /** The button that deletes, e.g. "Delete it". */
  confirm: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/** A destructive action that asks once in place: the question, then "Delete it" or "Keep it". */
export default function ConfirmDelete({
  id,
  label,
  question,
  confirm,
  disabled,
  onConfirm,
}: Props) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useLayoutEffect(() => {
    if (asking) keepRef.current?.focus();
    // Back from "Keep it": return focus to the button that asked.
    else if (asked.current) askRef.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        class="secondary danger"
        ref={askRef}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div class="confirm-delete" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>{question}</p>
      <p class="confirm-buttons">
        <button
          type="button"
          class="danger"
          onClick={() => {
            asked.current = false;
            onConfirm();
          }}
        >
          {confirm}
        </button>
        <button type="button" class="secondary" ref={keepRef} onClick={() => setAsking(false)}>
          Keep it
        </button>
      </p>
    </div>
  );
}
