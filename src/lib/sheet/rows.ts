// A sheet's questions in asking order, with their words and parts: the first half of what the
// builder shows (sheet-view.ts adds the advice checks and the time estimate). The conversation
// companion copies these rows into a conversation and needs nothing more, so it loads only this.
import type { Part } from '../../schemas/question.ts';
import type { BankEntry } from '../bank.ts';
import { isCustom, itemKey, type Sheet, type SheetItem } from './sheet.ts';
import type { CheckId } from './checks.ts';
import { askingOrder, type PartOf } from './edit.ts';

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

/** How to find a saved question's part, given the bank. */
export const partFinder =
  (bank: ReadonlyMap<string, BankEntry>): PartOf =>
  (item) =>
    isCustom(item) ? item.part : (bank.get(item.id)?.part ?? 'core');

/** The rows of `sheet` in asking order, looked up in the bank; `checks` is left empty. */
export function sheetRows(sheet: Sheet, bank: ReadonlyMap<string, BankEntry>): SheetRow[] {
  const partOf = partFinder(bank);
  return askingOrder(sheet.items, partOf, sheet.grouped).map((item) => {
    const entry = isCustom(item) ? undefined : bank.get(item.id);
    const text = isCustom(item) ? item.text : (entry?.text ?? `A question no longer in the handbook (${item.id})`);
    return {
      key: itemKey(item),
      item,
      text,
      part: partOf(item),
      missing: !isCustom(item) && !entry,
      checks: [],
      ...(entry ? { bank: entry } : {}),
    };
  });
}
