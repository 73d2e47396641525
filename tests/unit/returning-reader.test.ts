import { expect, test } from 'vitest';
import { PLANNER_KEY } from '../../scripts/lib/planner-fixtures.ts';
import { returningReader } from '../../scripts/lib/returning-reader.ts';
import { readStoredPlanner } from '../../src/lib/planner/document.ts';
import { STORAGE_KEY } from '../../src/lib/planner/storage.ts';
import { parseSheet } from '../../src/lib/sheet/sheet.ts';
import { SHEET_KEY, TICKS_KEY } from '../../src/lib/storage-keys';
import { parseTicks } from '../../src/lib/checklist-ticks';

// The budget script measures tool pages with this saved data; if the formats move on and it stops
// being readable, the pages would show a "could not read" notice instead and the measure would lie.
const bank = Array.from({ length: 240 }, (_, i) => ({ id: `q${i}`, text: `Question ${i}?` }));
const { storage, conversationId } = returningReader(bank);

test('the planner data is read as it is, with nothing reported lost', () => {
  expect(PLANNER_KEY).toBe(STORAGE_KEY);
  const read = readStoredPlanner(storage[PLANNER_KEY]!);
  expect(read.kind).toBe('ok');
  if (read.kind !== 'ok') return;
  expect(read.data.people).toHaveLength(3);
  expect(read.data.conversations.map((c) => c.id)).toContain(conversationId);
  expect(read.data.conversations.find((c) => c.id === conversationId)!.questions.length).toBeGreaterThan(0);
});

test('the question sheet and the ticks are read whole', () => {
  const { sheet, lost } = parseSheet(storage[SHEET_KEY]);
  expect(lost).toBe(false);
  expect(sheet.items.length).toBeGreaterThan(10);
  expect(parseTicks(storage[TICKS_KEY]!).ok).toBe(true);
});
