// Adding a bank question to the saved sheet from a handbook page, or taking it off. Loaded on the
// first click of an add button (src/client/site.ts), so pages that are only read never fetch it.
import { idOf, keepUnreadable, raw, readSaved, savedHas, type SavedSheet } from './saved.ts';
import { SHEET_EVENT, SHEET_KEY } from '../storage-keys.ts';

/** Adds the bank question `id` at the end, or takes it off; everything else stays as saved. */
export function savedToggle(sheet: SavedSheet | null, id: string): SavedSheet {
  const base = sheet ?? { v: 1, items: [] };
  const items = savedHas(sheet, id) ? base.items.filter((i) => idOf(i) !== id) : [...base.items, { id }];
  return { ...base, items };
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

