// The reader's question sheet, saved in this browser and kept in step across tabs. Handbook
// pages write the same key through src/lib/saved-sheet.ts; both read through one parser.
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import type { Part } from '../schemas/question';
import { SHEET_EVENT, SHEET_KEY } from '../lib/storage-keys';
import {
  cleanText,
  emptySheet,
  isCustom,
  itemKey,
  keepUnreadable,
  parseSheet,
  serializeSheet,
  type Minutes,
  type Sheet,
  type SheetItem,
} from '../lib/sheet/sheet.ts';
import { mergeItems, moveItem, type PartOf } from '../lib/sheet/edit.ts';

/** Set when part of the saved sheet could not be read; the raw value is kept under a backup key. */
export const $sheetUnreadable = atom(false);

// persistent's decoder runs at import and on every storage event, so it must never throw, and
// whatever it cannot read must be copied aside before the next write replaces it.
function decode(raw: string): Sheet {
  const { sheet, lost } = parseSheet(raw);
  if (lost) {
    keepUnreadable(raw);
    $sheetUnreadable.set(true);
  }
  return sheet;
}

/** The sheet: questions in the reader's order, time budget and print options. */
export const $sheet = persistentAtom<Sheet>(SHEET_KEY, emptySheet(), { encode: serializeSheet, decode });

// Storage events only reach other tabs; the header counter in this tab listens for this one.
$sheet.listen(() => {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(SHEET_EVENT));
});

/** The last change that can be undone, with words for the Undo button's notice. */
export const $sheetUndo = atom<{ message: string; before: Sheet } | null>(null);

/** True once the reader asks to print the pocket card: the builder then loads and renders it. */
export const $pocketCard = atom(false);

/** Text for the screen-reader live region, with a counter so the same words are read again. */
export const $announcement = atom<{ text: string; n: number }>({ text: '', n: 0 });

/** Says `text` to screen-reader users through the builder's live region. */
export function announce(text: string): void {
  $announcement.set({ text, n: $announcement.get().n + 1 });
}

const update = (change: Partial<Sheet>) => $sheet.set({ ...$sheet.get(), ...change });

function undoable(message: string, change: Partial<Sheet>): void {
  $sheetUndo.set({ message, before: $sheet.get() });
  update(change);
  announce(`${message} Undo is available.`);
}

let counter = 0;
/** A fresh key for a custom question. */
export const newKey = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Adds the bank question `id` at the end, or removes it if it is there. Returns true if added. */
export function toggleQuestion(id: string): boolean {
  const items = $sheet.get().items;
  const there = items.some((i) => !isCustom(i) && i.id === id);
  update({ items: there ? items.filter((i) => isCustom(i) || i.id !== id) : [...items, { id }] });
  return !there;
}

/** Removes a question (bank or custom), with undo. */
export function removeItem(key: string, label: string): void {
  undoable(`Removed “${label}”.`, { items: $sheet.get().items.filter((i) => itemKey(i) !== key) });
}

/** Adds a question the reader wrote; `cut` tells whether it was shortened to fit. */
export function addCustom(text: string, part: Part): { added: boolean; cut: boolean } {
  const clean = cleanText(text);
  if (!clean.text) return { added: false, cut: false };
  update({ items: [...$sheet.get().items, { key: newKey(), text: clean.text, part }] });
  return { added: true, cut: clean.cut };
}

/** Changes the words or part of a custom question. */
export function editCustom(key: string, text: string, part: Part): { saved: boolean; cut: boolean } {
  const clean = cleanText(text);
  if (!clean.text) return { saved: false, cut: false };
  update({ items: $sheet.get().items.map((i) => (isCustom(i) && i.key === key ? { ...i, text: clean.text, part } : i)) });
  return { saved: true, cut: clean.cut };
}

/** Moves a question to position `to` of the asking order; returns where it ended up. */
export function moveTo(key: string, to: number, partOf: PartOf): number {
  const sheet = $sheet.get();
  const items = moveItem(sheet.items, key, to, partOf, sheet.grouped);
  update({ items });
  return items.findIndex((i) => itemKey(i) === key);
}

/** Sets the time budget. */
export const setMinutes = (minutes: Minutes): void => update({ minutes });
/** Shows and prints the questions grouped by part, or in the reader's own order. */
export const setGrouped = (grouped: boolean): void => update({ grouped });
/** Chooses the compact print layout. */
export const setCompact = (compact: boolean): void => update({ compact });

/** Puts `items` on the sheet, replacing what is there or adding to it, with undo. */
export function loadItems(
  items: SheetItem[],
  mode: 'replace' | 'merge',
  what: string,
  options: { minutes?: Minutes; grouped?: boolean } = {},
): void {
  const current = $sheet.get();
  if (mode === 'merge') {
    const merged = mergeItems(current.items, items);
    const added = merged.length - current.items.length;
    undoable(`Added ${added} question${added === 1 ? '' : 's'} from ${what}.`, { items: merged });
  } else {
    undoable(`Replaced your sheet with ${what}.`, { items, ...options });
  }
}

/** Empties the sheet, with undo. */
export function clearSheet(): void {
  undoable('Cleared your sheet.', { items: [] });
}

/** Puts back the sheet as it was before the last undoable change. */
export function undoSheet(): void {
  const last = $sheetUndo.get();
  if (!last) return;
  $sheet.set(last.before);
  $sheetUndo.set(null);
  announce('Undone.');
}

/** Forgets the undo snapshot (after the reader moves on). */
export const dismissSheetUndo = (): void => $sheetUndo.set(null);
