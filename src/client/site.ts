// What every page does in the browser, as one module: one request and one gzip stream rather than
// five. A handbook page may load 2 KB gzip of JavaScript in all (issue #8, `npm run budgets`), so
// this stays plain DOM code and anything bigger loads on first use (search: search-dialog.ts).
// Each part finds its markup and does nothing on a page without it.
import { SHEET_EVENT, SHEET_KEY, THEME_KEY } from '../lib/storage-keys';

const root = document.documentElement;

// Theme switch (ThemeToggle.astro). Until the reader picks, the system preference is followed,
// live; a pick in another tab is followed too. ThemeInit.astro set the first theme before paint.
const themeButton = document.querySelector('theme-toggle button');
if (themeButton) {
  const show = (theme?: string | null) => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    themeButton.ariaPressed = String(root.dataset.theme === 'dark');
  };
  show();
  themeButton.addEventListener('click', () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Blocked storage: the choice still applies to this page.
    }
    show(next);
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    let choice;
    try {
      choice = localStorage.getItem(THEME_KEY);
    } catch {}
    if (choice !== 'light' && choice !== 'dark') show(event.matches ? 'dark' : 'light');
  });
  addEventListener('storage', (event) => event.key === THEME_KEY && show(event.newValue));
}

// Copy-link controls (CopyLink.astro): one listener for the page. A modified click keeps its
// usual meaning (new tab, new window).
const copyStatus = document.getElementById('copy-status');
let copyTimer: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !copyStatus || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  history.replaceState(null, '', link.href);
  let result = 'copied';
  try {
    await navigator.clipboard.writeText(link.href);
  } catch {
    result = 'failed';
  }
  copyStatus.textContent = copyStatus.dataset[result]!;
  copyStatus.dataset.shown = '';
  clearTimeout(copyTimer);
  copyTimer = setTimeout(() => {
    delete copyStatus.dataset.shown;
    copyStatus.textContent = '';
  }, 3000);
});

// The printed footer (PrintFooter.astro): where the page came from and when. Paper also needs
// whole link addresses, which the print stylesheet shows after each link.
const printFooter = document.querySelector('print-footer');
if (printFooter) {
  printFooter.querySelector('[data-print-url]')!.textContent = location.href;
  printFooter.querySelector('[data-print-date]')!.textContent = ` on ${new Date().toLocaleDateString(undefined, { dateStyle: 'long' })}`;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) a.dataset.printHref = a.href;
}

// Print buttons (PrintButton.astro; CSS hides them when JavaScript is off).
for (const button of document.querySelectorAll<HTMLButtonElement>('print-button button')) button.onclick = () => print();

// Search (Search.astro) opens on click, `/` or Ctrl/Cmd+K; its behaviour and Pagefind load on
// first use.
const search = document.querySelector<HTMLElement>('site-search');
if (search) {
  const open = () => {
    const dialog = search.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    search.querySelector('input')!.focus();
    void import('./search-dialog').then((m) => m.setUpSearch(search));
  };
  search.querySelector('[data-open]')!.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as Element | null)?.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
}

// The header's sheet counter (SheetCounter.astro), kept current when the sheet changes in this tab
// or another. It needs only the number of questions, so it reads the saved sheet's outer shape
// here (as src/lib/saved-sheet.ts does) rather than loading that module on every page.
const count = document.querySelector<HTMLElement>('sheet-count [data-count]');
if (count) {
  const show = () => {
    let n = 0;
    try {
      const sheet = JSON.parse(localStorage.getItem(SHEET_KEY)!);
      if (sheet?.v === 1 && Array.isArray(sheet.items)) n = sheet.items.length;
    } catch {}
    count.textContent = `: ${n} question${n === 1 ? '' : 's'}`;
    count.hidden = false;
  };
  show();
  addEventListener('storage', show);
  addEventListener(SHEET_EVENT, show);
}
