import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A polite live region and a function that says something in it. The region is cleared first, so
 * the same words twice in a row are announced twice.
 */
export function useAnnouncer(): [message: string, announce: (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (next: string) => {
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 50);
  };
  return [message, announce];
}

/** The hidden live region that `useAnnouncer`'s messages are read from. */
export default function Announcer({ message }: { message: string }) {
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
