// The saved sheet as question pages see it. Their add-to-sheet buttons share the builder's storage
// key and format, but every byte here ships with a handbook page, so they only look at the outer
// shape, leaving all else exactly as saved. Adding and removing live in ./saved-sheet-toggle.ts,
// loaded on the first click. The builder reads the same value through the full parser in ./sheet.ts.
import { SHEET_EVENT, SHEET_KEY } from '../storage-keys.ts';

/** The outer shape of a saved sheet (format version 1). */
export interface SavedSheet {
  v: 1;
  items: unknown[];
  [field: string]: unknown;
}

/** The saved sheet if its outer shape is readable, else null. Never throws. */
export function readSaved(raw: string | null): SavedSheet | null {
  try {
    const data = JSON.parse(raw!);
    if (data?.v === 1 && Array.isArray(data.items)) return data;
  } catch {}
  return null;
}

/** A saved item's bank id, if it has one. */
export const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;

/**
 * True when the bank question is on the saved sheet under any of `ids`: its id, then the old ids
 * of questions merged into it (a sheet saved before the merge still names those).
 */
export const savedHas = (sheet: SavedSheet | null, ids: readonly string[]): boolean =>
  !!sheet?.items.some((i) => ids.includes(idOf(i) as string));

/** The saved sheet's raw text, or null when there is none or storage is blocked. */
export const raw = () => {
  try {
    return localStorage.getItem(SHEET_KEY);
  } catch {
    return null;
  }
};

/** The saved sheet from this browser, or null when there is none or it cannot be read. */
export const loadSaved = (): SavedSheet | null => readSaved(raw());

/** Calls `listener` whenever the saved sheet may have changed, in this tab or another. */
export function onSavedChange(listener: () => void): void {
  // Any storage event will do: re-reading is cheap, and filtering by key costs bytes on every page.
  addEventListener('storage', listener);
  addEventListener(SHEET_EVENT, listener);
}
