import type { ComponentChildren } from 'preact';

type Props = {
  /** One label per tab. */
  labels: readonly string[];
  /** The index of the open tab. */
  active: number;
  /** Called with the index of the tab to open. */
  onSelect: (index: number) => void;
  /** Names the tab list for screen readers. */
  label: string;
  /** Prefix for element ids. */
  idPrefix: string;
  /** The open tab's panel. */
  children: ComponentChildren;
};

/** Tabs with the keyboard behaviour of the ARIA pattern: arrows, Home and End move between tabs. */
export default function BuilderTabs({
  labels,
  active,
  onSelect,
  label,
  idPrefix,
  children,
}: Props) {
  const tabId = (index: number) => `${idPrefix}-tab-${index}`;
  const panelId = `${idPrefix}-panel`;
  const move = (index: number) => {
    const next = (index + labels.length) % labels.length;
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step: Readonly<Record<string, number>> = {
      ArrowRight: active + 1,
      ArrowDown: active + 1,
      ArrowLeft: active - 1,
      ArrowUp: active - 1,
      Home: 0,
      End: labels.length - 1,
    };
    const target = step[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };
  return (
    <div class="builder-tabs">
      <div role="tablist" aria-label={label} class="builder-tablist" onKeyDown={onKeyDown}>
        {labels.map((text, index) => (
          <button
            type="button"
            role="tab"
            key={index}
            id={tabId(index)}
            aria-selected={index === active}
            aria-controls={panelId}
            tabIndex={index === active ? 0 : -1}
            onClick={() => onSelect(index)}
          >
            {text}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(active)} class="builder-panel">
        {children}
      </div>
    </div>
  );
}
