import { useEffect, useState } from 'preact/hooks';
import { todayISO } from '../../../lib/dates';

/**
 * Today's date (`YYYY-MM-DD`) in the person's zone: '' until mounted, so the first render matches
 * the server's, then checked again whenever the tab comes back into view.
 */
export function useToday(): string {
  const [today, setToday] = useState('');
  useEffect(() => {
    // A tab left open overnight should not keep calling yesterday "today".
    const refresh = () => setToday(todayISO());
    refresh();
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  return today;
}
