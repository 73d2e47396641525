import { describe, expect, test } from 'vitest';
import { cleanText, emptySheet, MAX_TEXT, parseSheet, serializeSheet, type Sheet } from '../../src/lib/sheet/sheet.ts';

describe('cleanText', () => {
  test('turns control characters into spaces and squeezes them', () => {
    expect(cleanText('one\ttwo\n\nthree\u0000four  ').text).toBe('one two three four');
  });

  test('removes bidirectional overrides without splitting words', () => {
    expect(cleanText('pay\u202Eroll\u2066').text).toBe('payroll');
  });

  test('replaces lone surrogates so the text can be put in a link', () => {
    expect(() => encodeURIComponent(cleanText('a\ud800b').text)).not.toThrow();
  });

  test('cuts long text and says so', () => {
    const { text, cut } = cleanText('x'.repeat(MAX_TEXT + 5));
    expect(text).toHaveLength(MAX_TEXT);
    expect(cut).toBe(true);
  });

  test('does not split an emoji when cutting', () => {
    expect(cleanText('ab😀', 3).text).toBe('ab😀');
    // A family emoji is five code points; a cut in its middle would leave strangers.
    expect(cleanText('ab👩‍👩‍👧', 4)).toEqual({ text: 'ab', cut: true });
    expect(cleanText('ab👩‍👩‍👧', 7)).toEqual({ text: 'ab👩‍👩‍👧', cut: false });
  });
});

describe('parseSheet', () => {
  test('a sheet saved before a merge reads the old id as the kept question, and keeps one copy', () => {
    const raw = JSON.stringify({ v: 1, items: [{ id: 'typical-week' }, { id: 'typical-day' }, { id: 'other' }], minutes: 30 });
    const { sheet, lost } = parseSheet(raw, { 'typical-week': 'typical-day' });
    expect(lost).toBe(false);
    expect(sheet.items).toEqual([{ id: 'typical-day' }, { id: 'other' }]);
  });

  test('nothing saved gives an empty sheet and no loss', () => {
    expect(parseSheet(null)).toEqual({ sheet: emptySheet(), lost: false });
  });

  test('reads back what serializeSheet wrote', () => {
    const sheet: Sheet = {
      items: [{ id: 'how-did-you-start' }, { key: 'k1', text: 'What surprised you?', part: 'closing' }],
      minutes: 45,
      grouped: true,
      compact: true,
    };
    expect(parseSheet(serializeSheet(sheet))).toEqual({ sheet, lost: false });
  });

  test.each([
    ['broken JSON', '{"v":1,"items":['],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a future version', '{"v":2,"items":[]}'],
    ['items that are not a list', '{"v":1,"items":"how-did-you-start"}'],
  ])('reports %s as lost and returns an empty sheet', (_, raw) => {
    const { sheet, lost } = parseSheet(raw);
    expect(lost).toBe(true);
    expect(sheet.items).toEqual([]);
  });

  test('keeps the readable items and reports the rest as lost', () => {
    const raw = JSON.stringify({
      v: 1,
      items: [{ id: 'ok-one' }, { id: 'Not An Id' }, 7, null, { key: 'k', text: '   ' }, { key: 'k2', text: 'Fine?', part: 'weird' }],
    });
    const { sheet, lost } = parseSheet(raw);
    expect(lost).toBe(true);
    expect(sheet.items).toEqual([{ id: 'ok-one' }, { key: 'k2', text: 'Fine?', part: 'core' }]);
  });

  test('drops repeated questions quietly', () => {
    const { sheet, lost } = parseSheet('{"v":1,"items":[{"id":"a"},{"id":"a"}]}');
    expect(sheet.items).toEqual([{ id: 'a' }]);
    expect(lost).toBe(false);
  });

  test('falls back to 30 minutes for an unknown budget', () => {
    expect(parseSheet('{"v":1,"items":[],"minutes":99}').sheet.minutes).toBe(30);
  });

  test('cleans custom text read from storage', () => {
    const raw = JSON.stringify({ v: 1, items: [{ key: 'k', text: 'a\u202Eb\nc' }] });
    expect(parseSheet(raw).sheet.items).toEqual([{ key: 'k', text: 'ab c', part: 'core' }]);
  });
});
