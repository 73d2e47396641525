import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { budgets, cleanText, isCustom, MAX_TEXT, type SheetItem } from '../../src/lib/sheet/sheet.ts';
import { decodeSheetLink, encodeSheetLink, MAX_LINK_ITEMS, type LinkSheet } from '../../src/lib/sheet/link.ts';

let n = 0;
const makeKey = () => `k${n++}`;
const known = new Set(['how-did-you-start', 'average-pay', 'who-else-should-i-talk-to']);
const strip = (items: SheetItem[]) => items.map((i) => (isCustom(i) ? { text: i.text, part: i.part } : i));

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,5}$/);
const textArb = fc
  .string({
    unit: fc.oneof(
      fc.constant('x'),
      fc.string({ unit: 'binary', maxLength: 1 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    ),
    maxLength: 60,
  })
  .map((s) => cleanText(s).text)
  .filter((s) => s.length > 0);
const itemArb: fc.Arbitrary<SheetItem> = fc.oneof(
  idArb.map((id) => ({ id })),
  fc.record({
    key: fc.constant(''),
    text: textArb,
    part: fc.constantFrom('opening', 'core', 'closing') as fc.Arbitrary<'opening' | 'core' | 'closing'>,
  }),
);
const sheetArb: fc.Arbitrary<LinkSheet> = fc.record({
  items: fc.uniqueArray(itemArb, { maxLength: 40, selector: (i) => (isCustom(i) ? `t:${i.text}` : `q:${i.id}`) }),
  minutes: fc.constantFrom(...budgets),
  grouped: fc.boolean(),
});

describe('share links', () => {
  test('a link made before a merge opens the kept question for an old id, once', () => {
    const aliases = { 'typical-week': 'how-did-you-start', 'old-pay': 'average-pay' };
    const decoded = decodeSheetLink('#sheet=v1&t=30&q=typical-week,old-pay,how-did-you-start', known, makeKey, aliases);
    expect(decoded).toMatchObject({ kind: 'sheet', sheet: { items: [{ id: 'how-did-you-start' }, { id: 'average-pay' }] } });
    if (decoded.kind === 'sheet') expect(decoded.dropped).toHaveLength(1);
  });

  test('a decoded link gives back the sheet that was encoded', () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const ids = new Set(sheet.items.flatMap((i) => (isCustom(i) ? [] : [i.id])));
        const decoded = decodeSheetLink(encodeSheetLink(sheet), ids, makeKey);
        expect(decoded.kind).toBe('sheet');
        if (decoded.kind !== 'sheet') return;
        expect(decoded.dropped).toEqual([]);
        expect(decoded.cut).toBe(0);
        expect(strip(decoded.sheet.items)).toEqual(strip(sheet.items));
        expect(decoded.sheet.minutes).toBe(sheet.minutes);
        expect(decoded.sheet.grouped).toBe(sheet.grouped);
      }),
      { numRuns: 300 },
    );
  });

  test('decoding any string never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('', '#', 'sheet=v1&q=', '#sheet=v1&t=20&q=~c'), (s, prefix) => {
        decodeSheetLink(prefix + s, known, makeKey);
      }),
      { numRuns: 500 },
    );
  });

  test('every distinct custom question in a link arrives, clean and within the length limit', () => {
    // Half a surrogate pair cannot be percent-encoded, so the texts are made whole first.
    const wholeArb = fc.string({ unit: 'binary', maxLength: 80 }).map((s) => s.replace(/[\ud800-\udfff]/g, '?'));
    fc.assert(
      fc.property(fc.array(wholeArb, { maxLength: 12 }), (texts) => {
        const fragment = `sheet=v1&q=${texts.map((t) => `~c${encodeURIComponent(t)}`).join(',')}`;
        const decoded = decodeSheetLink(fragment, known, makeKey);
        const want = [...new Set(texts.map((t) => cleanText(t).text).filter(Boolean))];
        expect(decoded.kind).toBe('sheet');
        const items = decoded.kind === 'sheet' ? decoded.sheet.items : [];
        expect(items.map((i) => (isCustom(i) ? i.text : `id ${i.id}`))).toEqual(want);
        // Empty texts and repeats are the only things left out, and each is listed.
        expect(decoded.kind === 'sheet' && decoded.dropped.length).toBe(texts.length - want.length);
      }),
    );
  });

  test('thirty bank questions fit in a link under 2,000 characters', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `what-would-you-tell-someone-starting-out-${i}` }));
    const url = `https://careers.example.edu/handbook/builder/#${encodeSheetLink({ items, minutes: 45, grouped: true })}`;
    expect(url.length).toBeLessThan(2000);
  });

  test('reads a hand-written link', () => {
    const decoded = decodeSheetLink('#sheet=v1&t=20&g=1&q=how-did-you-start,~oHello+there%2C+friend', known, makeKey);
    expect(decoded).toMatchObject({
      kind: 'sheet',
      sheet: { minutes: 20, grouped: true, items: [{ id: 'how-did-you-start' }, { text: 'Hello there, friend', part: 'opening' }] },
      dropped: [],
    });
  });

  test('opens what it can and lists what it dropped', () => {
    const decoded = decodeSheetLink(
      'sheet=v1&q=how-did-you-start,no-such-question,%E0%A4%A,~c%E0%A4%A,~xhello,how-did-you-start',
      known,
      makeKey,
    );
    if (decoded.kind !== 'sheet') throw new Error(decoded.kind);
    expect(decoded.sheet.items).toEqual([{ id: 'how-did-you-start' }]);
    expect(decoded.dropped).toHaveLength(5);
    expect(decoded.dropped[0]).toContain('no-such-question');
  });

  test('keeps hostile text as plain text with control characters stripped', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202E\u0007';
    const decoded = decodeSheetLink(`sheet=v1&q=~c${encodeURIComponent(hostile)}`, known, makeKey);
    if (decoded.kind !== 'sheet') throw new Error(decoded.kind);
    expect(decoded.sheet.items).toEqual([{ key: expect.any(String), text: '<img src=x onerror=alert(1)>', part: 'core' }]);
  });

  test('cuts over-long custom text and counts it', () => {
    const decoded = decodeSheetLink(`sheet=v1&q=~c${'a'.repeat(MAX_TEXT + 50)}`, known, makeKey);
    if (decoded.kind !== 'sheet') throw new Error(decoded.kind);
    expect(decoded.cut).toBe(1);
    expect((decoded.sheet.items[0] as { text: string }).text).toHaveLength(MAX_TEXT);
  });

  test('drops questions beyond the most a sheet can hold', () => {
    const q = Array.from({ length: MAX_LINK_ITEMS + 5 }, (_, i) => `~cq${i}`).join(',');
    const decoded = decodeSheetLink(`sheet=v1&q=${q}`, known, makeKey);
    if (decoded.kind !== 'sheet') throw new Error(decoded.kind);
    expect(decoded.sheet.items).toHaveLength(MAX_LINK_ITEMS);
    expect(decoded.dropped).toEqual([`5 more questions beyond the ${MAX_LINK_ITEMS} a sheet can hold`]);
  });

  test('falls back to 30 minutes for an unknown budget', () => {
    expect(decodeSheetLink('sheet=v1&t=999&q=', known, makeKey)).toMatchObject({ sheet: { minutes: 30 } });
  });

  test.each([
    ['', { kind: 'none' }],
    ['#top', { kind: 'none' }],
    ['#preset=student', { kind: 'preset', id: 'student' }],
    ['#sheet=v9&q=a', { kind: 'unsupported', version: '“v9”' }],
  ])('tells what %j is', (fragment, expected) => {
    expect(decodeSheetLink(fragment, known, makeKey)).toEqual(expected);
  });
});
