import { describe, expect, test } from 'vitest';
import type { SheetItem } from '../../src/lib/sheet/sheet.ts';
import { askingOrder, mergeItems, moveItem, type PartOf } from '../../src/lib/sheet/edit.ts';
import type { Part } from '../../src/schemas/question';

const parts: Record<string, Part> = { o1: 'opening', c1: 'core', c2: 'core', e1: 'closing' };
const partOf: PartOf = (item) => ('text' in item ? item.part : parts[item.id]!);
const ids = (items: SheetItem[]) => items.map((i) => ('text' in i ? i.text : i.id));
const items: SheetItem[] = [{ id: 'c1' }, { id: 'e1' }, { id: 'o1' }, { key: 'k', text: 'mine', part: 'opening' }, { id: 'c2' }];

describe('askingOrder', () => {
  test('keeps the reader’s order when not grouped', () => {
    expect(ids(askingOrder(items, partOf, false))).toEqual(['c1', 'e1', 'o1', 'mine', 'c2']);
  });

  test('groups by part and keeps the order within each part', () => {
    expect(ids(askingOrder(items, partOf, true))).toEqual(['o1', 'mine', 'c1', 'c2', 'e1']);
  });
});

describe('moveItem', () => {
  test('moves a question up one place', () => {
    expect(ids(moveItem(items, 'q:o1', 1, partOf, false))).toEqual(['c1', 'o1', 'e1', 'mine', 'c2']);
  });

  test('clamps moves past either end', () => {
    expect(ids(moveItem(items, 'q:c1', -1, partOf, false))[0]).toBe('c1');
    expect(ids(moveItem(items, 'q:c1', 99, partOf, false)).at(-1)).toBe('c1');
  });

  test('keeps a question inside its part when grouped', () => {
    expect(ids(moveItem(items, 'q:c2', 0, partOf, true))).toEqual(['o1', 'mine', 'c2', 'c1', 'e1']);
  });

  test('leaves the list alone for an unknown key', () => {
    expect(ids(moveItem(items, 'q:nope', 0, partOf, false))).toEqual(ids(items));
  });
});

describe('mergeItems', () => {
  test('appends only questions not already there, custom ones matched by text', () => {
    const incoming: SheetItem[] = [
      { id: 'c1' },
      { id: 'x' },
      { key: 'other', text: 'mine', part: 'core' },
      { key: 'n', text: 'new', part: 'core' },
    ];
    expect(ids(mergeItems(items, incoming))).toEqual([...ids(items), 'x', 'new']);
  });
});
