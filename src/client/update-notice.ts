// The "Reload for the new version" notice (UpdateNotice.astro), loaded by site.ts only when a new
// service worker is installing or waiting (issue #14). It never reloads by itself, and it stays
// hidden while the reader is typing or has a form open, so a reload can never cost them words.
import { hasUnsavedTyping } from '../lib/unsaved-typing';

/** Shows the notice once `reg`'s new worker is ready to take over. */
export function watch(reg: ServiceWorkerRegistration): void {
  const notice = document.querySelector<HTMLElement>('update-notice');
  if (!notice || notice.dataset.watching) return;
  notice.dataset.watching = '';
  const text = notice.querySelector<HTMLElement>('[data-text]')!;
  let dismissed = false;
  const show = () => {
    if (dismissed || !reg.waiting || !notice.hidden) return;
    if (hasUnsavedTyping(document)) return;
    notice.hidden = false;
    text.textContent = text.dataset.text!;
  };
  const installing = reg.installing;
  installing?.addEventListener('statechange', () => installing.state === 'installed' && show());
  show();
  // Typing ended or a form closed: the moment to offer it.
  document.addEventListener('focusout', () => setTimeout(show));
  document.addEventListener('close', show, true);

  let asked = false;
  notice.querySelector<HTMLButtonElement>('[data-reload]')!.onclick = () => {
    if (hasUnsavedTyping(document)) return;
    asked = true;
    // Another tab may have let it take over already; then a reload is all it takes.
    if (reg.waiting) reg.waiting.postMessage({ type: 'skip-waiting' });
    else location.reload();
  };
  // Only the tab where the reader chose to reload reloads; the others keep their notice.
  navigator.serviceWorker.addEventListener('controllerchange', () => asked && location.reload());
  notice.querySelector<HTMLButtonElement>('[data-later]')!.onclick = () => {
    dismissed = true;
    notice.hidden = true;
  };
}
