// Whether reloading now could lose what the reader is writing (issue #14): the update notice waits
// while it is true. A text field in focus counts (notes save after a pause), and so does any open
// dialog with a form field (planner and companion dialogs save only when submitted). Search is
// neither: its box holds no work.

/** The part of a document this check reads, so tests can pass a plain stand-in. */
export interface TypingSurface {
  activeElement: Element | null;
  querySelectorAll(selectors: string): ArrayLike<Element>;
}

const TEXT_INPUTS = new Set(['text', 'email', 'tel', 'url', 'number', 'date', 'time', 'datetime-local', 'password', '']);

/** True if an element takes typed text. */
export function takesText(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea') return true;
  if (tag === 'input') return TEXT_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase());
  return el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}

/** True while the reader is typing or has a dialog with a form field open. */
export function hasUnsavedTyping(doc: TypingSurface): boolean {
  if (takesText(doc.activeElement) && !doc.activeElement!.closest('site-search')) return true;
  return Array.from(doc.querySelectorAll('dialog[open]')).some(
    (d) => !d.closest('site-search') && d.querySelector('input, textarea, select') !== null,
  );
}
