import { useEffect } from 'preact/hooks';
import { LEAVE_WARNING } from '../../../lib/state';

/** Asks the browser to confirm before the page is left, while `unsaved` is true. */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a value is set; current ones show their own words.
      event.returnValue = LEAVE_WARNING;
    };
    // Added only while needed: a page with this listener may be kept out of the back-forward cache.
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
