// Edits to the list of questions. All pure: the store applies them and keeps the undo snapshot.
import type { Part } from '../../schemas/question.ts';
import { isCustom, itemKey, partOrder, type SheetItem } from './sheet.ts';

/** Tells the part of the conversation a question belongs to (bank questions need the bank). */
export type PartOf = (item: SheetItem) => Part;

/**
 * The order in which questions are shown, printed and asked. Grouped, the questions are sorted
 * by part (opening, core, closing) and keep their own order within a part.
 */
export function askingOrder(items: readonly SheetItem[], partOf: PartOf, grouped: boolean): SheetItem[] {
  if (!grouped) return [...items];
  return partOrder.flatMap((part) => items.filter((item) => partOf(item) === part));
}

/**
 * Moves the question with `key` to position `to` of the asking order and returns the new list,
 * in asking order. When grouped, a question cannot leave its part: `to` is kept inside it.
 */
export function moveItem(items: readonly SheetItem[], key: string, to: number, partOf: PartOf, grouped: boolean): SheetItem[] {
  const order = askingOrder(items, partOf, grouped);
  const from = order.findIndex((item) => itemKey(item) === key);
  if (from < 0) return order;
  let lo = 0;
  let hi = order.length - 1;
  if (grouped) {
    const part = partOf(order[from]!);
    lo = order.findIndex((item) => partOf(item) === part);
    hi = order.findLastIndex((item) => partOf(item) === part);
  }
  const target = Math.min(hi, Math.max(lo, to));
  const [moved] = order.splice(from, 1);
  order.splice(target, 0, moved!);
  return order;
}

/** Appends the questions of `incoming` that are not on `current` already (custom ones by text). */
export function mergeItems(current: readonly SheetItem[], incoming: readonly SheetItem[]): SheetItem[] {
  const have = new Set(current.map((item) => (isCustom(item) ? `t:${item.text}` : itemKey(item))));
  return [...current, ...incoming.filter((item) => !have.has(isCustom(item) ? `t:${item.text}` : itemKey(item)))];
}
