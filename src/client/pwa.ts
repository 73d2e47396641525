// The page's side of offline use (issue #14), loaded by site.ts a few seconds after the page
// (after what `npm run budgets` measures as the page's own load). Once the browser is idle it
// registers the service worker, which then caches the tools in the background; it wires up "Keep
// the whole handbook on this device" (KeepOffline.astro), and loads the update notice only when a
// new version is installing or waiting (never on a first install, when nothing controls the page).
import { keepOffline } from './keep-offline';

const workers = navigator.serviceWorker;
const register = () =>
  (self.requestIdleCallback ?? setTimeout)(() =>
    workers.register(`${import.meta.env.BASE_URL}sw.js`).then(
      (reg) => {
        const update = () => workers.controller && import('./update-notice').then((m) => m.watch(reg));
        reg.addEventListener('updatefound', update);
        // The browser may have found the new version before this module arrived.
        if (reg.waiting || reg.installing) update();
      },
      () => {},
    ),
  );
// After the page has loaded (site.ts waits a few seconds, a slow page may still be loading).
if (workers && document.readyState === 'complete') register();
else if (workers) addEventListener('load', register, { once: true });
// Shown only now that pressing it does something; it is the footer's last line, so nothing moves.
for (const keep of document.querySelectorAll<HTMLElement>('keep-offline')) {
  keep.dataset.ready = '';
  keep.querySelector('button')!.onclick = () => keepOffline(keep);
}
