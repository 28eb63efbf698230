/** How many entries a long list shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 25;

interface Props {
  /** How many entries the list holds. */
  total: number;
  /** How many of them are shown. */
  shown: number;
  /** What the entries are, plural: "interviews". */
  noun: string;
  /** Shows this many entries. */
  onShow: (shown: number) => void;
  /** Where keyboard focus goes once the next page is drawn, given the index of its first entry. */
  focusAfter: (first: number) => HTMLElement | null | undefined;
}

/**
 * Under a long list: how much of it is shown, and a button for the next entries. A few thousand
 * interviews stay quick to open because only what is shown is drawn.
 */
export default function ShowMore({ total, shown, noun, onShow, focusAfter }: Props) {
  if (shown >= total) return null;
  const next = Math.min(PAGE_SIZE, total - shown);
  return (
    <p class="show-more">
      <span>
        Showing {shown} of {total} {noun}.
      </span>{' '}
      <button
        type="button"
        class="secondary"
        onClick={() => {
          onShow(shown + PAGE_SIZE);
          requestAnimationFrame(() => focusAfter(shown)?.focus());
        }}
      >
        Show {next} more<span class="visually-hidden"> {noun}</span>
      </button>
    </p>
  );
}
