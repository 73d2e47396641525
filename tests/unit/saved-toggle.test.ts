// "Add to my sheet" on a handbook page, before the builder has ever loaded: the question goes on
// the saved sheet (or comes off), the rest of the sheet stays, an unreadable saved value is kept,
// and open tools hear about it; a browser that refuses to save never breaks the page.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadSaved, onSavedChange, savedHas } from '../../src/lib/sheet/saved.ts';
import { toggleSaved } from '../../src/lib/sheet/saved-toggle.ts';
import { SHEET_BACKUP_KEY, SHEET_EVENT, SHEET_KEY } from '../../src/lib/storage-keys.ts';

let items: Map<string, string>;
let events: string[];
let refuse: boolean;
beforeEach(() => {
  items = new Map();
  events = [];
  refuse = false;
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (refuse) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  });
  vi.stubGlobal('dispatchEvent', (event: Event) => events.push(event.type));
});
afterEach(() => void vi.unstubAllGlobals());

const saved = () => JSON.parse(items.get(SHEET_KEY)!);

test('adds the question at the end of the saved sheet, keeping the rest, then takes it off again', () => {
  items.set(SHEET_KEY, JSON.stringify({ v: 1, items: [{ id: 'first' }, { text: 'My own' }], minutes: 20 }));
  toggleSaved(['typical-day', 'typical-week']);
  expect(saved()).toEqual({ v: 1, items: [{ id: 'first' }, { text: 'My own' }, { id: 'typical-day' }], minutes: 20 });
  expect(events).toEqual([SHEET_EVENT]);
  toggleSaved(['typical-day', 'typical-week']);
  expect(saved()).toEqual({ v: 1, items: [{ id: 'first' }, { text: 'My own' }], minutes: 20 });
  expect(events).toEqual([SHEET_EVENT, SHEET_EVENT]);
});

test('takes a question off under an old id it was saved with before two questions merged', () => {
  items.set(SHEET_KEY, JSON.stringify({ v: 1, items: [{ id: 'typical-week' }] }));
  toggleSaved(['typical-day', 'typical-week']);
  expect(saved().items).toEqual([]);
});

test('starts a sheet when there is none, and keeps an unreadable one under the backup key', () => {
  toggleSaved(['typical-day']);
  expect(saved()).toEqual({ v: 1, items: [{ id: 'typical-day' }] });
  expect(items.has(SHEET_BACKUP_KEY)).toBe(false);
  items.set(SHEET_KEY, '{"v":1,"items":[broken');
  toggleSaved(['pay-range']);
  expect(items.get(SHEET_BACKUP_KEY)).toBe('{"v":1,"items":[broken');
  expect(saved()).toEqual({ v: 1, items: [{ id: 'pay-range' }] });
});

test('a browser that refuses to save never breaks the page, and open tools still hear of the press', () => {
  refuse = true;
  expect(() => toggleSaved(['typical-day'])).not.toThrow();
  expect(items.size).toBe(0);
  expect(events).toEqual([SHEET_EVENT]);
});

describe('the saved sheet as handbook pages read it', () => {
  test('reads what is saved, or nothing, never throwing', () => {
    items.set(SHEET_KEY, JSON.stringify({ v: 1, items: [{ id: 'a' }] }));
    expect(loadSaved()).toEqual({ v: 1, items: [{ id: 'a' }] });
    for (const bad of ['null', '[]', '{"v":2,"items":[]}', '{"v":1,"items":{}}', 'not json']) {
      items.set(SHEET_KEY, bad);
      expect(loadSaved(), bad).toBeNull();
    }
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(loadSaved()).toBeNull();
  });

  test('finds a question under any of its ids, even among items of other shapes', () => {
    const sheet = { v: 1 as const, items: [null, 'text', { text: 'own' }, { id: 'typical-week' }] };
    expect(savedHas(sheet, ['typical-day', 'typical-week'])).toBe(true);
    expect(savedHas(sheet, ['pay-range'])).toBe(false);
    expect(savedHas(null, ['pay-range'])).toBe(false);
  });

  test('hears a change from another tab and from this one', () => {
    const heard: string[] = [];
    vi.stubGlobal('addEventListener', (type: string) => heard.push(type));
    onSavedChange(() => {});
    expect(heard.sort()).toEqual(['storage', SHEET_EVENT].sort());
  });
});
