// Fills in the printed footer and whole link addresses for paper (markup in PrintFooter.astro).
class PrintFooter extends HTMLElement {
  connectedCallback() {
    this.querySelector('[data-print-url]')!.textContent = location.href;
    // Paper needs whole addresses, not site-relative ones.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) a.dataset.printHref = a.href;
    this.querySelector('[data-print-date]')!.textContent = ` on ${new Date().toLocaleDateString(undefined, { dateStyle: 'long' })}`;
  }
}
customElements.define('print-footer', PrintFooter);

// A module, not a global script: its names stay private.
export {};
