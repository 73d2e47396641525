import { describe, expect, test } from 'vitest';
import type { BankEntry } from '../../src/lib/bank';
import { emptySheet, type Sheet } from '../../src/lib/sheet/sheet.ts';
import { viewSheet } from '../../src/lib/sheet/view.ts';

const entry = (id: string, text: string, part: BankEntry['part'], sensitive = false): BankEntry => ({
  id,
  text,
  part,
  sensitive,
  situations: ['student'],
  needsResearch: false,
  category: 'c',
});
const bank = new Map(
  [
    entry('start', 'How did you start?', 'opening'),
    entry('pay', 'What does pay look like?', 'core', true),
    entry('who-else-should-i-talk-to', 'Who else should I talk to?', 'closing'),
  ].map((e) => [e.id, e]),
);

describe('viewSheet', () => {
  test('an empty sheet has no rows and takes no time', () => {
    expect(viewSheet(emptySheet(), bank)).toEqual({ rows: [], estimate: 0, over: 0, cut: 0 });
  });

  test('shows bank and custom questions with their parts and notes', () => {
    const sheet: Sheet = {
      ...emptySheet(),
      items: [{ id: 'pay' }, { id: 'start' }, { key: 'k', text: 'Are you hiring?', part: 'core' }, { id: 'gone' }],
    };
    const view = viewSheet(sheet, bank);
    expect(view.rows.map((r) => [r.key, r.part, r.checks])).toEqual([
      ['q:pay', 'core', ['sensitive-early']],
      ['q:start', 'opening', []],
      ['c:k', 'core', ['asks-for-job', 'no-referral-at-end']],
      ['q:gone', 'core', []],
    ]);
    expect(view.rows[3]).toMatchObject({ missing: true, text: expect.stringContaining('gone') });
    expect(view.estimate).toBe(Math.ceil(4 + 2.5 + 1.5 + 2.5));
  });

  test('grouping puts questions in part order', () => {
    const sheet: Sheet = { ...emptySheet(), grouped: true, items: [{ id: 'who-else-should-i-talk-to' }, { id: 'pay' }, { id: 'start' }] };
    expect(viewSheet(sheet, bank).rows.map((r) => r.key)).toEqual(['q:start', 'q:pay', 'q:who-else-should-i-talk-to']);
  });

  test('a sheet over its budget says by how much', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, text: `Question ${i}?`, part: 'core' as const }));
    const view = viewSheet({ ...emptySheet(), minutes: 15, items }, bank);
    expect(view).toMatchObject({ estimate: 29, over: 14, cut: 6 });
  });
});
