type Props = {
  /** What to say about saving, or null when saving works. */
  storage: string | null;
  /** What to say about saved details that could not be used, or null. */
  notice: string | null;
  /** Hides the notice about saved details. */
  onDismiss: () => void;
  /** Other problems, already worded for the reader: a link that asked for something missing, a part that did not load. */
  problems: readonly string[];
};

/** Says when saving does not work, when saved details could not be read, or when something asked for is missing. */
export default function BuilderNotices({ storage, notice, onDismiss, problems }: Props) {
  // Always in the page, so screen readers announce what appears in it after loading.
  return (
    <div role="status" class="builder-notices">
      {storage && <p class="notice">{storage}</p>}
      {notice && (
        <div class="notice builder-dismissable">
          <p>{notice}</p>
          <button type="button" class="secondary" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      {problems.map((problem) => (
        <p class="notice" key={problem}>
          {problem}
        </p>
      ))}
    </div>
  );
}
