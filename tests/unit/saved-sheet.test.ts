import { describe, expect, test } from 'vitest';
import { readSaved, savedHas } from '../../src/lib/sheet/saved.ts';
import { savedToggle } from '../../src/lib/sheet/saved-toggle.ts';
import { parseSheet, serializeSheet, type Sheet } from '../../src/lib/sheet/sheet.ts';

const sheet: Sheet = {
  items: [{ id: 'a' }, { key: 'k', text: 'Mine?', part: 'core' }],
  minutes: 20,
  grouped: true,
  compact: false,
};

describe('saved sheet as handbook pages see it', () => {
  test.each([null, '', 'nope', '{"v":2,"items":[]}', '{"v":1}', '[]'])('reads %j as nothing', (raw) => {
    expect(readSaved(raw)).toBeNull();
  });

  test('adds a bank question at the end and keeps everything else as the builder saved it', () => {
    const saved = readSaved(serializeSheet(sheet));
    const after = parseSheet(JSON.stringify(savedToggle(saved, ['b'])));
    expect(after).toEqual({ sheet: { ...sheet, items: [...sheet.items, { id: 'b' }] }, lost: false });
  });

  test('removes a bank question that is there', () => {
    const saved = savedToggle(readSaved(serializeSheet(sheet)), ['a']);
    expect(savedHas(saved, ['a'])).toBe(false);
    expect(parseSheet(JSON.stringify(saved)).sheet.items).toEqual([sheet.items[1]]);
  });

  test('starts a sheet the builder can read when nothing was saved', () => {
    const { sheet: read, lost } = parseSheet(JSON.stringify(savedToggle(null, ['a'])));
    expect(lost).toBe(false);
    expect(read.items).toEqual([{ id: 'a' }]);
  });

  test("a question saved under a merged question's old id shows as added, and taking it off removes the old id", () => {
    const saved = readSaved('{"v":1,"items":[{"id":"typical-week"},{"id":"b"}]}');
    expect(savedHas(saved, ['typical-day', 'typical-week'])).toBe(true);
    expect(savedToggle(saved, ['typical-day', 'typical-week']).items).toEqual([{ id: 'b' }]);
    expect(savedToggle(readSaved('{"v":1,"items":[]}'), ['typical-day', 'typical-week']).items).toEqual([{ id: 'typical-day' }]);
  });

  test('keeps items it does not understand', () => {
    const saved = readSaved('{"v":1,"items":[{"odd":true}]}');
    expect(savedToggle(saved, ['a']).items).toEqual([{ odd: true }, { id: 'a' }]);
  });
});
