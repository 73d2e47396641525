import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDocument, readStoredPlanner } from '../../src/lib/planner/document.ts';
import { openPlanner } from '../../src/lib/planner/storage.ts';
import { PLANNER_KEY } from '../../src/lib/storage-keys.ts';
import { upgradeDocument } from '../../src/lib/planner/upgrade/upgrade.ts';
import { plannerDataSchema } from '../../src/schemas/planner';
import { FakeStorage } from './fake-storage';

const fixture = (name: string) => readFileSync(new URL(`fixtures/planner/${name}`, import.meta.url), 'utf8');

describe('migrating version 2 to 3', () => {
  const v2 = JSON.parse(fixture('v2.json'));
  const read = readStoredPlanner(fixture('v2.json'), upgradeDocument);
  if (read.kind !== 'ok') throw new Error(`fixture did not migrate: ${JSON.stringify(read)}`);

  test('needs the upgrader and reports where it came from', () => {
    expect(readStoredPlanner(fixture('v2.json'))).toEqual({ kind: 'outdated', version: 2 });
    expect(read.migratedFrom).toBe(2);
  });

  test('gives every conversation an empty companion and changes nothing else', () => {
    for (const [i, c] of read.data.conversations.entries()) {
      expect(c).toEqual({ ...v2.data.conversations[i], questions: [], minutes: null, learned: '', fit: '', nextStep: '' });
    }
    expect(read.data.people).toEqual(v2.data.people);
    expect(read.data.profile).toEqual(v2.data.profile);
    expect(read.data.deleted).toEqual(v2.data.deleted);
  });

  test('the result passes the current schema', () => {
    expect(plannerDataSchema.safeParse(read.data).success).toBe(true);
  });

  test('version 1 goes through both steps', () => {
    const v1 = readStoredPlanner(fixture('v1.json'), upgradeDocument);
    expect(v1.kind === 'ok' && v1.data.conversations.every((c) => Array.isArray(c.questions) && c.learned === '')).toBe(true);
  });

  test('a broken version 2 document is unreadable, not half-migrated', () => {
    const doc = JSON.parse(fixture('v2.json'));
    doc.data.conversations[0].status = 'ghosted';
    expect(readDocument(doc, upgradeDocument)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining('data.conversations[0].status'),
    });
  });

  test('opening saved version 2 data keeps the old text under a backup key', () => {
    const raw = fixture('v2.json');
    const s = new FakeStorage();
    s.setItem(PLANNER_KEY, raw);
    const opened = openPlanner(s, new Date('2025-04-01T10:00:00Z'), '', upgradeDocument);
    expect(opened).toMatchObject({ mode: 'ok', migratedFrom: 2 });
    expect(opened.mode === 'ok' && opened.backupKey && s.getItem(opened.backupKey)).toBe(raw);
    expect(s.getItem(PLANNER_KEY)).toBe(raw);
  });

  test('the version 3 fixture is what a migrated and used planner looks like', () => {
    const v3 = readStoredPlanner(fixture('v3.json'));
    expect(v3.kind).toBe('ok');
    expect(v3.kind === 'ok' && v3.data.conversations[0]!.questions).toHaveLength(2);
  });
});

describe('the upgrader', () => {
  test('says so when asked to upgrade a version it has no step for, rather than guessing', () => {
    expect(upgradeDocument({ version: 0, data: JSON.parse(fixture('v2.json')).data }, 0)).toEqual({
      kind: 'corrupt',
      reason: 'version 0 is unknown',
    });
  });
});
