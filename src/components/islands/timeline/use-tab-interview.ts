import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Interview } from '../../../lib/interview';
import {
  $activeId,
  $formDrafts,
  $storageNotice,
  $tabInterviewId,
  OTHER_TAB_MESSAGES,
  chooseInTab,
  erasureCount,
  newId,
  setActiveInterview,
} from '../../../lib/state';

/**
 * Which interview this tab's form shows: on load its last choice (also one not saved yet), later
 * only what this tab chooses. When that interview goes away in another tab, `note` says so.
 */
export function useTabInterview(mounted: boolean, interviews: readonly Interview[]) {
  const tabActive = useStore($activeId);
  const activeId = mounted ? tabActive : null;
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const deletedHere = useRef(false);
  const erasuresSeen = useRef(0);
  const seenActive = useRef<string | null | undefined>(undefined);
  const wasStored = useRef<string | null>(null);
  const record = interviews.find(({ id }) => id === editing);
  if (record) wasStored.current = record.id;

  useEffect(() => {
    if (!mounted) return;
    const exists = (id: string | null) => interviews.some((entry) => entry.id === id);
    if (editing === null) {
      const own = $tabInterviewId.get();
      const first = own !== null && Object.hasOwn($formDrafts.get(), own) ? own : activeId;
      const id = first ?? newId();
      // Pinned to this tab, so another tab's choice never switches it, and a reload returns to it.
      chooseInTab(id);
      seenActive.current = activeId;
      erasuresSeen.current = erasureCount();
      setEditing(id);
      return;
    }
    if (activeId === seenActive.current) return;
    seenActive.current = activeId;
    if (activeId === editing || exists(editing)) return;
    if (wasStored.current !== editing) {
      // A new form with nothing typed in it yet follows an interview saved in another tab.
      if (activeId !== null && !Object.hasOwn($formDrafts.get(), editing)) {
        chooseInTab(activeId);
        setEditing(activeId);
      }
      return;
    }
    // Data another tab damaged is kept aside with a notice; the form keeps what it shows.
    if ($storageNotice.get() !== null) return;
    if (!deletedHere.current) {
      const erased = erasureCount() !== erasuresSeen.current;
      setNote(erased ? OTHER_TAB_MESSAGES.erased : OTHER_TAB_MESSAGES.deleted);
    }
    deletedHere.current = false;
    erasuresSeen.current = erasureCount();
    setEditing(activeId ?? newId());
  }, [mounted, activeId, editing, interviews]);

  /** Shows interview `id` in this tab: a saved one (also made the default for new tabs) or a new one. */
  const show = (id: string) => {
    if (!setActiveInterview(id)) chooseInTab(id);
    // Also set directly: choosing the interview that is already active changes no stored state.
    setEditing(id);
    setNote(null);
  };
  /** Notes that the interview shown is being deleted here, so no note says it went elsewhere. */
  const deletingHere = () => {
    deletedHere.current = true;
  };
  return { editing, record, note, show, deletingHere };
}
