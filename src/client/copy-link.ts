// Copy-link controls: one delegated listener for the whole page (markup in CopyLink.astro).
const status = document.getElementById('copy-status')!;
let timer: ReturnType<typeof setTimeout> | undefined;

const say = (message: string) => {
  status.textContent = message;
  status.dataset.shown = '';
  clearTimeout(timer);
  timer = setTimeout(() => {
    delete status.dataset.shown;
    status.textContent = '';
  }, 3000);
};

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = link.href;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    say('Link copied');
  } catch {
    say('Could not copy. The link is now in the address bar.');
  }
});

// A module, not a global script: its names stay private.
export {};
