// Puts the built page's bank rows in order: the reader's best matches first while words are typed,
// the bank's own order once they are cleared. Loaded with the first word typed (BankPanel.tsx), so
// a visit that only reads or picks does not fetch it.
import type { BankCategory, BankEntry } from '../../lib/bank.ts';
import type { rankGroups } from '../../lib/search-aliases.ts';

/** The built page's bank (its category sections are its children) and its rows, by question id. */
export interface Rows {
  list: HTMLElement;
  rows: Map<string, HTMLElement>;
}

/**
 * Moves the rows into order: with `rank`, by their place in `shown` (filterBank's order, the
 * reader's own words first); only what shows is moved (hidden rows may sit
 * anywhere), categories by their best match and rows by theirs; without it, everything goes back
 * to the bank's order.
 */
export function orderRows(
  el: Rows,
  categories: readonly BankCategory[],
  bank: readonly BankEntry[],
  rank: typeof rankGroups | null,
  shown: readonly BankEntry[],
): void {
  const byBank = categories.map((category) => ({ category, questions: bank.filter((q) => q.category === category.id) }));
  const matching = new Set(shown.map((q) => q.id));
  const sections = new Map(Array.from(el.list.children as HTMLCollectionOf<HTMLElement>, (s) => [s.dataset.category!, s]));
  for (const { category, questions } of rank ? rank(byBank, shown) : byBank) {
    const section = sections.get(category.id);
    if (!section || (rank && section.hidden)) continue;
    el.list.append(section);
    const ul = section.querySelector('ul')!;
    for (const q of questions) {
      const row = el.rows.get(q.id);
      if (row && (!rank || matching.has(q.id))) ul.append(row);
    }
  }
}
