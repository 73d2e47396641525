// Opens search on click, `/` or Ctrl/Cmd+K. The dialog's real behaviour (and Pagefind) load
// only on first use.
const root = document.querySelector<HTMLElement>('site-search');
if (root) {
  const dialog = root.querySelector('dialog')!;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    root.querySelector('input')!.focus();
    void import('./search-dialog').then((m) => m.setUpSearch(root));
  };
  root.querySelector('[data-open]')!.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
}

// A module, not a global script: its names stay private.
export {};
