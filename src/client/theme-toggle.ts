// The theme switch in the header (markup in src/components/ThemeToggle.astro).
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    sync();
    button.addEventListener('click', () => {
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Storage blocked: the choice still applies to this page.
      }
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem('theme');
      } catch {}
      if (stored !== 'light' && stored !== 'dark') {
        root.dataset.theme = event.matches ? 'dark' : 'light';
        sync();
      }
    });
    window.addEventListener('storage', (event) => {
      if (event.key === 'theme' && (event.newValue === 'light' || event.newValue === 'dark')) {
        root.dataset.theme = event.newValue;
        sync();
      }
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);

// A module, not a global script: its names stay private.
export {};
