// The "Reload for the new version" notice (issue #14), loaded by pwa.ts only when a new service
// worker is installing or waiting. Its markup is made here rather than sent with every page,
// where it would weigh on every page's budget for the rare visit that needs it. It never reloads
// by itself, and it stays hidden while the reader is typing or has a form open, so a reload can
// never cost them words.
import { hasUnsavedTyping } from '../lib/unsaved-typing';

const TEXT = 'A new version of the handbook is ready.';

function button(label: string, primary = false): HTMLButtonElement {
  return Object.assign(document.createElement('button'), {
    type: 'button',
    className: primary ? 'btn btn-primary' : 'btn',
    textContent: label,
  });
}

/** Shows the notice once `reg`'s new worker is ready to take over. */
export function watch(reg: ServiceWorkerRegistration): void {
  if (document.querySelector('update-notice')) return;
  const notice = document.createElement('update-notice');
  notice.className =
    'no-print fixed inset-x-2 bottom-2 z-40 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-lg border border-[var(--line)] bg-[var(--page)] p-3 shadow-lg';
  notice.hidden = true;
  const text = Object.assign(document.createElement('p'), { className: 'grow' });
  text.setAttribute('role', 'status');
  const reload = button('Reload for the new version', true);
  const later = button('Not now');
  notice.append(text, reload, later);
  document.body.append(notice);

  let dismissed = false;
  const show = () => {
    if (dismissed || !reg.waiting || !notice.hidden || hasUnsavedTyping(document)) return;
    notice.hidden = false;
    text.textContent = TEXT;
  };
  const installing = reg.installing;
  installing?.addEventListener('statechange', () => installing.state === 'installed' && show());
  show();
  // Typing ended or a form closed: the moment to offer it.
  document.addEventListener('focusout', () => setTimeout(show));
  document.addEventListener('close', show, true);

  let asked = false;
  reload.onclick = () => {
    if (hasUnsavedTyping(document)) return;
    asked = true;
    // Another tab may have let it take over already; then a reload is all it takes.
    if (reg.waiting) reg.waiting.postMessage({ type: 'skip-waiting' });
    else location.reload();
  };
  // Only the tab where the reader chose to reload reloads; the others keep their notice.
  navigator.serviceWorker.addEventListener('controllerchange', () => asked && location.reload());
  later.onclick = () => {
    dismissed = true;
    notice.hidden = true;
  };
}
