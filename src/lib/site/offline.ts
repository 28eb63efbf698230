// Imported by the tool pages only (articles ship no JavaScript): registers the service worker that
// keeps the whole site working offline, and says so once when an update has taken over.
import { joinBase } from '../routes';

/** What the page says on the first visit after a new version took over. */
export const UPDATE_MESSAGE = 'Follow-up was updated. You are seeing the newest version.';

// Set when a new version is installed and waiting; read on a later visit, once it has taken over.
const UPDATE_KEY = 'follow-up:update';

/** localStorage, or null when the browser will not give it; the notice is a nicety, never an error. */
function flags(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function markWaiting(): void {
  try {
    flags()?.setItem(UPDATE_KEY, 'waiting');
  } catch {
    // Full or blocked storage: the update still happens, only without the notice.
  }
}

/** True once, on the first visit after a waiting version took over. */
function tookOver(registration: ServiceWorkerRegistration): boolean {
  const storage = flags();
  try {
    if (storage?.getItem(UPDATE_KEY) !== 'waiting' || registration.waiting) return false;
    storage.removeItem(UPDATE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Shows the update notice at the top of the page, in a polite live region. */
function announceUpdate(): void {
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.className = 'update-notice';
  (document.querySelector('main .wrap') ?? document.body).prepend(region);
  // Filled after it is in the page, so screen readers hear the change.
  setTimeout(() => {
    const text = document.createElement('p');
    text.className = 'notice';
    text.textContent = UPDATE_MESSAGE;
    region.append(text);
  }, 100);
}

/** Registers `<base>sw.js` for the whole site; does nothing without service workers or in `astro dev`. */
export async function registerOffline(base: string = import.meta.env.BASE_URL): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const controlled = container.controller !== null;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(joinBase(base, '/sw.js'), {
      scope: joinBase(base, '/'),
    });
  } catch {
    // No worker (a host that blocks it, a private window): the site works online as before.
    return;
  }
  // Browsers set to block workers (and some automation) resolve without a registration.
  if (!registration) return;
  if (controlled && tookOver(registration)) announceUpdate();
  // A new version found now installs in the background and waits for the next visit.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && container.controller) markWaiting();
    };
    check();
    worker.addEventListener('statechange', check);
  };
  watch(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // Another tab let the new version take over while this one was open: say so on the next load.
  container.addEventListener('controllerchange', () => {
    if (controlled) markWaiting();
  });
}

/**
 * Runs `task` once the page has loaded and the browser has a quiet moment: precaching the whole
 * site (about a megabyte) must not compete with the page becoming usable, least of all on a slow
 * phone. Browsers without requestIdleCallback wait a second after load instead.
 */
function whenSettled(task: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(task, { timeout: 5000 })
      : setTimeout(task, 1000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

whenSettled(() => void registerOffline());
