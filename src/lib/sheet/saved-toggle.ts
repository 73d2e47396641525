// Adding a bank question to the saved sheet from a handbook page, or taking it off. Loaded on the
// first click of an add button (src/client/site.ts), so pages that are only read never fetch it.
import { keepUnreadable } from './sheet.ts';
import { idOf, raw, readSaved, savedHas, type SavedSheet } from './saved.ts';
import { SHEET_EVENT, SHEET_KEY } from '../storage-keys.ts';

/**
 * Adds the bank question at the end, or takes it off; everything else stays as saved. `ids` is its
 * id, then the old ids of questions merged into it: taking it off removes it under any of them.
 */
export function savedToggle(sheet: SavedSheet | null, ids: readonly string[]): SavedSheet {
  const base = sheet ?? { v: 1, items: [] };
  const items = savedHas(sheet, ids) ? base.items.filter((i) => !ids.includes(idOf(i) as string)) : [...base.items, { id: ids[0] }];
  return { ...base, items };
}

/** Toggles a bank question in storage, keeping an unreadable old value under the backup key. */
export function toggleSaved(ids: readonly string[]): void {
  const old = raw();
  const sheet = readSaved(old);
  if (!sheet) keepUnreadable(old);
  try {
    localStorage.setItem(SHEET_KEY, JSON.stringify(savedToggle(sheet, ids)));
  } catch {}
  dispatchEvent(new Event(SHEET_EVENT));
}
