// A few pages that, between them, show every kind of element the site styles, in every place it
// is styled: the pages the browser tests check in both themes (tests/e2e/a11y.spec.ts). Colours and
// contrast come from CSS, and CSS picks elements by their name, classes and attributes and by what
// they sit in; two pages whose elements all match on those look alike to every colour rule, so
// checking one checks the other's colours. What differs page by page in the words (headings, link
// text, alt text, ARIA) is checked on every page without a browser (scripts/check-html.ts,
// scripts/check-nu.ts).
import { parse, type HTMLElement } from 'node-html-parser';

/** Attributes that change how an element looks or what it is, beside its name and classes. */
const STYLED_ATTRIBUTE = /^(aria-|data-|role$|type$|open$|hidden$|disabled$)/;

/** How CSS sees one element: its name, classes and the styled attributes it has (not their values, except role and type). */
function look(el: HTMLElement): string {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort();
  const attributes = Object.keys(el.attributes)
    .map((name) => name.toLowerCase())
    .filter((name) => STYLED_ATTRIBUTE.test(name))
    .map((name) => (name === 'role' || name === 'type' ? `${name}=${el.getAttribute(name)}` : name))
    .sort();
  return [el.rawTagName.toLowerCase(), ...classes.map((c) => `.${c}`), ...attributes.map((a) => `[${a}]`)].join('');
}

/**
 * Every styled context in a page: each element's look, after the look of the nearest ancestor with
 * classes (which sets the colours and background it sits on).
 */
export function stylesOf(html: string): Set<string> {
  const found = new Set<string>();
  const walk = (el: HTMLElement, context: string) => {
    for (const child of el.childNodes) {
      if (child.nodeType !== 1) continue;
      const element = child as HTMLElement;
      const own = look(element);
      found.add(`${context} > ${own}`);
      walk(element, element.getAttribute('class') ? own : context);
    }
  };
  walk(parse(html), '');
  return found;
}

/**
 * The fewest pages, chosen greedily (most new styles first, ties in the given order), that show
 * every style any page shows. `pages` maps a page's name to its styles.
 */
export function pagesCoveringEveryStyle(pages: Map<string, Set<string>>): string[] {
  const left = new Set([...pages.values()].flatMap((styles) => [...styles]));
  const chosen: string[] = [];
  while (left.size > 0) {
    let best: string | undefined;
    let bestCount = 0;
    for (const [name, styles] of pages) {
      let count = 0;
      for (const style of styles) if (left.has(style)) count++;
      if (count > bestCount) [best, bestCount] = [name, count];
    }
    // Every style left came from some page, so a page with one of them always exists.
    chosen.push(best!);
    for (const style of pages.get(best!)!) left.delete(style);
  }
  return chosen;
}
