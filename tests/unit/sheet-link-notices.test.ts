// What a reader is told when a shared link is damaged or odd, in the words the builder shows, and
// the small reading rules that decide which sheet a link opens.
import { describe, expect, test } from 'vitest';
import { decodeSheetLink, encodeSheetLink, type LinkContent } from '../../src/lib/sheet/link.ts';

let n = 0;
const makeKey = () => `k${n++}`;
const known = new Set(['how-did-you-start', 'average-pay', 'who-else-should-i-talk-to']);

function sheetOf(content: LinkContent) {
  if (content.kind !== 'sheet') throw new Error(`expected a sheet, got ${content.kind}`);
  return content;
}
const open = (fragment: string) => sheetOf(decodeSheetLink(fragment, known, makeKey));
const texts = (fragment: string) => open(fragment).sheet.items.map((i) => ('text' in i ? `${i.part}: ${i.text}` : i.id));

describe('what a damaged link could not open, in words', () => {
  test('names a question id the handbook does not have', () => {
    expect(open('sheet=v1&q=no-such-question').dropped).toEqual(['a question this handbook does not have (“no-such-question”)']);
  });

  test('quotes an item that is neither a question id nor a custom question, with plus signs read as spaces', () => {
    expect(open('sheet=v1&q=Not+An+Id!').dropped).toEqual(['“Not An Id!”']);
    expect(open('sheet=v1&q=~xhello').dropped).toEqual(['“~xhello”']);
  });

  test('quotes broken percent-encoding as it was written', () => {
    expect(open('sheet=v1&q=~c%E0%A4%A,%E0%A4%A').dropped).toEqual(['“~c%E0%A4%A”', '“%E0%A4%A”']);
  });

  test('shortens a long dropped item to forty characters and marks the cut', () => {
    const long = `~x${'a'.repeat(60)}`;
    expect(open(`sheet=v1&q=${long}`).dropped).toEqual([`“${long.slice(0, 40)}…”`]);
  });

  test('says which question was a repeat, for bank and custom questions alike', () => {
    const decoded = open('sheet=v1&q=average-pay,~cWhy+now%3F,average-pay,~eWhy+now%3F');
    expect(decoded.sheet.items).toHaveLength(2);
    expect(decoded.dropped).toEqual(['a repeat of “average-pay”', 'a repeat of “~eWhy now?”']);
  });

  test('a custom question left empty after cleaning is listed, not opened', () => {
    expect(open('sheet=v1&q=~c+++').dropped).toEqual(['“~c”']);
  });

  test('describes an unknown format version, shortened', () => {
    expect(decodeSheetLink(`sheet=${'v'.repeat(50)}`, known, makeKey)).toEqual({ kind: 'unsupported', version: `“${'v'.repeat(40)}…”` });
    expect(decodeSheetLink('sheet=v2+beta', known, makeKey)).toEqual({ kind: 'unsupported', version: '“v2 beta”' });
  });

  test('counts custom questions cut to the length limit, one each', () => {
    const long = 'a'.repeat(600);
    expect(open(`sheet=v1&q=~c${long},~o${long}b,~eshort`).cut).toBe(2);
    expect(open('sheet=v1&q=~eshort').cut).toBe(0);
  });
});

describe('which sheet a link opens', () => {
  test('a link carrying both a starter sheet and a sheet opens the sheet', () => {
    expect(texts('#preset=student&sheet=v1&q=average-pay')).toEqual(['average-pay']);
  });

  test('the first value of a repeated field wins', () => {
    const decoded = open('sheet=v1&t=20&t=45&g=0&g=1&q=average-pay&q=how-did-you-start');
    expect(decoded.sheet).toMatchObject({ minutes: 20, grouped: false, items: [{ id: 'average-pay' }] });
    expect(decodeSheetLink('sheet=v1&sheet=v9', known, makeKey).kind).toBe('sheet');
    expect(decodeSheetLink('preset=first&preset=second', known, makeKey)).toEqual({ kind: 'preset', id: 'first' });
  });

  test('pairs without a name or without "=" are ignored, with or without the leading #', () => {
    expect(texts('#=v9&junk&sheet=v1&q=average-pay')).toEqual(['average-pay']);
    expect(decodeSheetLink('#sheet', known, makeKey)).toEqual({ kind: 'none' });
    expect(decodeSheetLink('preset=', known, makeKey)).toEqual({ kind: 'preset', id: '' });
  });

  test('only g=1 groups the sheet', () => {
    expect(open('sheet=v1&g=1').sheet.grouped).toBe(true);
    expect(open('sheet=v1&g=true').sheet.grouped).toBe(false);
    expect(open('sheet=v1').sheet.grouped).toBe(false);
  });

  test('each custom question keeps its part and gets its own editing key', () => {
    const decoded = open('sheet=v1&q=~oHello,~cWhat+next%2C+then%3F,~eThanks');
    expect(texts('sheet=v1&q=~oHello,~cWhat+next%2C+then%3F,~eThanks')).toEqual([
      'opening: Hello',
      'core: What next, then?',
      'closing: Thanks',
    ]);
    const keys = decoded.sheet.items.map((i) => ('key' in i ? i.key : ''));
    expect(new Set(keys).size).toBe(3);
  });

  test('an empty question list and stray commas open an empty sheet with nothing dropped', () => {
    expect(open('sheet=v1&q=,,')).toMatchObject({ sheet: { items: [] }, dropped: [], cut: 0 });
  });
});

describe('writing a link', () => {
  test('writes spaces as plus signs, encodes the rest, and marks grouping only when on', () => {
    const items = [{ id: 'average-pay' }, { key: 'k', text: 'Why, and how & when?', part: 'opening' as const }];
    expect(encodeSheetLink({ items, minutes: 45, grouped: false })).toBe('sheet=v1&t=45&q=average-pay,~oWhy%2C+and+how+%26+when%3F');
    expect(encodeSheetLink({ items: [], minutes: 15, grouped: true })).toBe('sheet=v1&t=15&g=1&q=');
  });
});
