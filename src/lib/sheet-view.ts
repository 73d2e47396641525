// Everything the builder shows about a sheet, worked out in one place: the questions in asking
// order with their words, part and advice notes, and the time estimate against the budget.
import type { Part } from '../schemas/question';
import { REFERRAL_IDS, type BankEntry } from './bank';
import { isCustom, itemKey, type Sheet, type SheetItem } from './sheet';
import { checkSheet, type CheckId } from './sheet-checks';
import { askingOrder, type PartOf } from './sheet-edit';
import { estimateMinutes, overBudget } from './sheet-time';

/** One question as shown on the sheet. */
export interface SheetRow {
  key: string;
  item: SheetItem;
  text: string;
  part: Part;
  /** The bank question, when it is one and the bank still has it. */
  bank?: BankEntry;
  /** A saved bank id the handbook no longer has. */
  missing: boolean;
  checks: CheckId[];
}

/** The sheet as shown: rows in asking order, estimate, and how far it runs over the budget. */
export interface SheetView {
  rows: SheetRow[];
  estimate: number;
  over: number;
  cut: number;
}

/** How to find a saved question's part, given the bank. */
export const partFinder =
  (bank: ReadonlyMap<string, BankEntry>): PartOf =>
  (item) =>
    isCustom(item) ? item.part : (bank.get(item.id)?.part ?? 'core');

/** Works out the view of `sheet` against the bank. */
export function viewSheet(sheet: Sheet, bank: ReadonlyMap<string, BankEntry>): SheetView {
  const order = askingOrder(sheet.items, partFinder(bank), sheet.grouped);
  const rows: SheetRow[] = order.map((item) => {
    const entry = isCustom(item) ? undefined : bank.get(item.id);
    const text = isCustom(item) ? item.text : (entry?.text ?? `A question no longer in the handbook (${item.id})`);
    const part = partFinder(bank)(item);
    return { key: itemKey(item), item, text, part, missing: !isCustom(item) && !entry, checks: [], ...(entry ? { bank: entry } : {}) };
  });
  const asked = rows.filter((r) => !r.missing);
  const checks = checkSheet(
    asked.map((r) => ({
      key: r.key,
      text: r.text,
      ...(r.bank ? { sensitive: r.bank.sensitive, referral: REFERRAL_IDS.includes(r.bank.id) } : {}),
    })),
  );
  for (const row of rows) row.checks = checks.get(row.key) ?? [];
  const estimate = estimateMinutes(asked.map((r) => r.part));
  return { rows, estimate, ...overBudget(estimate, sheet.minutes) };
}
