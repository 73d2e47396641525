// What every page does in the browser, as one module: one request and one gzip stream rather than
// five. A handbook page may load 2 KB gzip of JavaScript in all (issue #8, `npm run budgets`), so
// this stays plain DOM code and anything bigger loads on first use (search: search-dialog.ts).
// The header's parts (menu, search, sheet count) are on every page that loads this module
// (Base.astro), so they are used without looking first; other parts find their markup and do
// nothing on a page without it.
import { SHEET_EVENT, SHEET_KEY } from '../lib/storage-keys';

// The theme menu (ThemeChoice.astro) is run by ThemeInit.astro's inline script, from first paint.

// The narrow-screen menu (Header.astro) is a popover: the browser opens and closes it, and
// Escape or a press elsewhere closes it with focus back on its button. Tabbing out of it closes it
// too, so it never hides the page from a keyboard user.
const menu = document.getElementById('site-menu')!;
addEventListener('focusin', (event) => menu.contains(event.target as Node) || menu.hidePopover());

// Copy-link controls (CopyLink.astro, announced in CopyStatus.astro): one listener for the page. A modified click keeps its
// usual meaning (new tab, new window).
// Every page that loads this module has the status line (Base.astro).
const copyStatus = document.getElementById('copy-status')!;
let copyTimer: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  history.replaceState(0, '', link.href);
  // Not copyText (src/lib/clipboard.ts), which the islands share: a module shared with them becomes
  // a chunk of its own (measured: one more request and 0.15 KB gzip on every handbook page, 2 KB
  // budget), and loading it on the first click could outlast the click's permission to write the
  // clipboard. Nothing needs selecting on failure: the address bar already holds the link.
  // On a touch screen whose browser has a share sheet (a phone, a tablet), that is where a link is
  // most useful.
  let result = 'copied';
  try {
    if (navigator.share && navigator.maxTouchPoints) {
      result = 'shared';
      await navigator.share({ url: link.href });
    } else await navigator.clipboard.writeText(link.href);
  } catch (error) {
    // Closing the share sheet is a choice, not a failure: nothing to say.
    if ((error as Error).name == 'AbortError') return;
    result = 'failed';
  }
  // It shows while it has something to say (global.css), for 3 seconds.
  copyStatus.textContent = copyStatus.dataset[result]!;
  clearTimeout(copyTimer);
  copyTimer = setTimeout(() => (copyStatus.textContent = ''), 3000);
});

// The printed footer (FooterPrint.astro): where the page came from and when. Paper also needs
// whole link addresses, which the print stylesheet shows after each link.
// Every page that loads this module has it (Base.astro).
const printFooter = document.querySelector('print-footer')!;
printFooter.querySelector('[data-print-url]')!.textContent = location.href;
printFooter.querySelector('[data-print-date]')!.textContent = ` on ${new Date().toLocaleDateString(undefined, { dateStyle: 'long' })}`;
for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) a.dataset.printHref = a.href;

// Search (Search.astro) opens on click; its behaviour and Pagefind load on first use. Where the
// browser knows invoker commands the button opens the dialog before this module has run, and the
// shortcuts (`/`, Ctrl/Cmd+K) press the button from first paint (EarlyPresses.astro): a dialog found
// open here is set up now, so what was typed in it is searched.
const search = document.querySelector<HTMLElement>('site-search')!;
const searchDialog = search.querySelector('dialog')!;
const openSearch = () => {
  if (!searchDialog.open) searchDialog.showModal();
  search.querySelector('input')!.focus();
  void import('./search-dialog').then((m) => m.setUpSearch(search));
};
search.querySelector('[data-open]')!.addEventListener('click', openSearch);
if (searchDialog.open) openSearch();

// The header's sheet counter (SheetCounter.astro), kept current when the sheet changes in this tab
// or another. It needs only the number of questions, so it reads the saved sheet's outer shape
// here (as src/lib/saved-sheet.ts does) rather than loading that module on every page.
const count = document.querySelector<HTMLElement>('sheet-count [data-count]')!;
const showCount = () => {
  let n = 0;
  try {
    // A sheet this cannot read shows 0; the builder says what went wrong.
    const sheet = JSON.parse(localStorage.getItem(SHEET_KEY)!);
    if (sheet?.v == 1) n = sheet.items.length | 0;
  } catch {}
  count.firstElementChild!.textContent = `${n}`;
  count.lastElementChild!.textContent = ` question${n === 1 ? '' : 's'}`;
};
showCount();
addEventListener(SHEET_EVENT, showCount);
addEventListener('storage', showCount);

// Offline (issue #14): the service worker and everything about it (pwa.ts) load a few seconds
// later, so the page's own loading never waits on them; never in `astro dev` or a build made with
// OFFLINE=off. One short line, because every byte of this module is on every page (2 KB budget).
if (import.meta.env.PROD && __OFFLINE__) setTimeout(() => import('./pwa'), 5000);
