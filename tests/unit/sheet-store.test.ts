import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { SHEET_BACKUP_KEY, SHEET_KEY } from '../../src/lib/storage-keys';

// The store reads storage at import, so the engine and a corrupt value are set up before it loads.
useTestStorageEngine();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => getTestStorage()[key] ?? null,
  setItem: (key: string, value: string) => {
    getTestStorage()[key] = value;
  },
});
getTestStorage()[SHEET_KEY] = '{"v":1,"items":[{"id":"kept"},"junk"';

let store: typeof import('../../src/stores/sheet');
beforeAll(async () => {
  store = await import('../../src/stores/sheet');
});

// Test files share a worker: the stand-in storage leaves with this file.
afterAll(() => void vi.unstubAllGlobals());

afterEach(() => {
  store.$sheet.set({ items: [], minutes: 30, grouped: false, compact: false });
  store.$sheetUndo.set(null);
  store.$sheetUnreadable.set(false);
  cleanTestStorage();
});

describe('sheet store', () => {
  test('a corrupt saved sheet loads as empty, is kept under the backup key and is reported', () => {
    expect(store.$sheet.get().items).toEqual([]);
    expect(store.$sheetUnreadable.get()).toBe(true);
    const raw = getTestStorage()[SHEET_BACKUP_KEY];
    expect(raw).toBe('{"v":1,"items":[{"id":"kept"},"junk"');
    store.toggleQuestion('new-one');
    expect(getTestStorage()[SHEET_BACKUP_KEY]).toBe(raw);
  });

  test('a corrupt value arriving from another tab never throws', () => {
    const unsubscribe = store.$sheet.listen(() => {});
    expect(() => setTestStorageKey(SHEET_KEY, 'not json at all')).not.toThrow();
    expect(store.$sheet.get().items).toEqual([]);
    expect(store.$sheetUnreadable.get()).toBe(true);
    expect(getTestStorage()[SHEET_BACKUP_KEY]).toBe('not json at all');
    unsubscribe();
  });

  test('a good value from another tab replaces the sheet', () => {
    const unsubscribe = store.$sheet.listen(() => {});
    setTestStorageKey(SHEET_KEY, '{"v":1,"items":[{"id":"from-elsewhere"}],"minutes":20}');
    expect(store.$sheet.get()).toMatchObject({ items: [{ id: 'from-elsewhere' }], minutes: 20 });
    unsubscribe();
  });

  test('adding and removing a bank question', () => {
    expect(store.toggleQuestion('a')).toBe(true);
    expect(store.$sheet.get().items).toEqual([{ id: 'a' }]);
    expect(JSON.parse(getTestStorage()[SHEET_KEY]!)).toMatchObject({ v: 1, items: [{ id: 'a' }] });
    expect(store.toggleQuestion('a')).toBe(false);
    expect(store.$sheet.get().items).toEqual([]);
  });

  test('custom questions are cleaned, and empty ones refused', () => {
    expect(store.addCustom('  \n ', 'core')).toEqual({ added: false, cut: false });
    expect(store.addCustom('What\u0000 next?', 'closing')).toEqual({ added: true, cut: false });
    const [item] = store.$sheet.get().items;
    expect(item).toMatchObject({ text: 'What next?', part: 'closing' });
    const key = (item as { key: string }).key;
    store.editCustom(key, 'What comes next?', 'core');
    expect(store.$sheet.get().items).toEqual([{ key, text: 'What comes next?', part: 'core' }]);
  });

  test('removing, replacing and clearing can each be undone', () => {
    store.toggleQuestion('a');
    store.toggleQuestion('b');
    store.removeItem('q:a', 'A');
    expect(store.$sheet.get().items).toEqual([{ id: 'b' }]);
    store.undoSheet();
    expect(store.$sheet.get().items).toEqual([{ id: 'a' }, { id: 'b' }]);

    store.loadItems([{ id: 'c' }], 'replace', 'the starter sheet', { minutes: 45 });
    expect(store.$sheet.get()).toMatchObject({ items: [{ id: 'c' }], minutes: 45 });
    store.undoSheet();
    expect(store.$sheet.get()).toMatchObject({ items: [{ id: 'a' }, { id: 'b' }], minutes: 30 });

    store.clearSheet();
    expect(store.$sheet.get().items).toEqual([]);
    store.undoSheet();
    expect(store.$sheet.get().items).toHaveLength(2);
  });

  test('merging adds only what is new and says how many', () => {
    store.toggleQuestion('a');
    store.loadItems([{ id: 'a' }, { id: 'b' }], 'merge', 'the link');
    expect(store.$sheet.get().items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(store.$sheetUndo.get()?.message).toBe('Added 1 question from the link.');
  });

  test("a sheet saved before a merge gets the kept question's id, once, and keeps everything else", async () => {
    store.$sheet.set({
      items: [{ id: 'typical-week' }, { key: 'k1', text: 'Mine', part: 'core' }, { id: 'typical-day' }],
      minutes: 20,
      grouped: true,
      compact: false,
    });
    (await import('../../src/stores/sheet-old-ids')).resolveOldIds({ 'typical-week': 'typical-day' });
    expect(store.$sheet.get()).toEqual({
      items: [{ id: 'typical-day' }, { key: 'k1', text: 'Mine', part: 'core' }],
      minutes: 20,
      grouped: true,
      compact: false,
    });
    const before = store.$sheet.get();
    (await import('../../src/stores/sheet-old-ids')).resolveOldIds({ 'typical-week': 'typical-day' });
    expect(store.$sheet.get()).toBe(before);
  });
});
