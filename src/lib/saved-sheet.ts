// The saved sheet as handbook pages see it. Their add-to-sheet buttons and header counter share
// the builder's storage key and format, but every byte here ships on every handbook page, so they
// only look at the outer shape and add or remove bank ids, leaving all else exactly as saved.
// The builder reads the same value through the full parser in ./sheet.ts.

/** localStorage key of the saved sheet. */
export const SHEET_KEY = 'iih:sheet:v1';
/** Where an unreadable saved sheet is copied before anything overwrites it. */
export const SHEET_BACKUP_KEY = 'iih:sheet:v1:unreadable';
/** Window event fired after a write in this tab (storage events only reach other tabs). */
export const SHEET_EVENT = 'iih:sheet-change';

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

const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;

/** True when the bank question `id` is on the saved sheet. */
export const savedHas = (sheet: SavedSheet | null, id: string): boolean => !!sheet?.items.some((i) => idOf(i) === id);

/** Adds the bank question `id` at the end, or takes it off; everything else stays as saved. */
export function savedToggle(sheet: SavedSheet | null, id: string): SavedSheet {
  const base = sheet ?? { v: 1, items: [] };
  const items = savedHas(sheet, id) ? base.items.filter((i) => idOf(i) !== id) : [...base.items, { id }];
  return { ...base, items };
}

const raw = () => {
  try {
    return localStorage.getItem(SHEET_KEY);
  } catch {
    return null;
  }
};

/** The saved sheet from this browser, or null when there is none or it cannot be read. */
export const loadSaved = (): SavedSheet | null => readSaved(raw());

/** Copies an unreadable saved sheet under the backup key before anything overwrites it. */
export function keepUnreadable(value: string | null): void {
  try {
    if (value) localStorage.setItem(SHEET_BACKUP_KEY, value);
  } catch {}
}

/** Toggles a bank question in storage, keeping an unreadable old value under the backup key. */
export function toggleSaved(id: string): void {
  const old = raw();
  const sheet = readSaved(old);
  if (!sheet) keepUnreadable(old);
  try {
    localStorage.setItem(SHEET_KEY, JSON.stringify(savedToggle(sheet, id)));
  } catch {}
  dispatchEvent(new Event(SHEET_EVENT));
}

/** Calls `listener` whenever the saved sheet may have changed, in this tab or another. */
export function onSavedChange(listener: () => void): void {
  // Any storage event will do: re-reading is cheap, and filtering by key costs bytes on every page.
  addEventListener('storage', listener);
  addEventListener(SHEET_EVENT, listener);
}
