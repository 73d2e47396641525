import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyPlanner, readDocument, readStoredPlanner, serializePlanner } from '../../src/lib/planner/document.ts';
import { upgradeDocument } from '../../src/lib/planner/upgrade/upgrade.ts';
import { personSchema, plannerDataSchema, PLANNER_VERSION } from '../../src/schemas/planner';

const fixture = (name: string) => readFileSync(new URL(`fixtures/planner/${name}`, import.meta.url), 'utf8');

describe('the stored document', () => {
  test('reads nothing stored as empty', () => {
    expect(readStoredPlanner(null)).toEqual({ kind: 'empty' });
  });

  test('reads the current version fixture as it is', () => {
    const raw = fixture('v3.json');
    const read = readStoredPlanner(raw);
    expect(read).toEqual({ kind: 'ok', data: JSON.parse(raw).data, migratedFrom: null });
  });

  test('writes what it reads back unchanged', () => {
    const read = readStoredPlanner(fixture('v3.json'));
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(readStoredPlanner(serializePlanner(read.data))).toEqual(read);
  });

  test('an empty planner is valid', () => {
    expect(plannerDataSchema.safeParse(emptyPlanner()).success).toBe(true);
    expect(JSON.parse(serializePlanner(emptyPlanner())).version).toBe(PLANNER_VERSION);
  });

  test.each([
    ['not json', 'it is not valid JSON'],
    ['[]', 'it is not a planner document'],
    ['"text"', 'it is not a planner document'],
    ['{"data":{}}', 'it has no valid version number'],
    ['{"version":"2","data":{}}', 'it has no valid version number'],
    ['{"version":0,"data":{}}', 'it has no valid version number'],
    ['{"version":1.5,"data":{}}', 'it has no valid version number'],
  ])('names %s as unreadable', (raw, reason) => {
    expect(readStoredPlanner(raw)).toEqual({ kind: 'corrupt', reason });
  });

  test('names the field that is wrong', () => {
    const doc = JSON.parse(fixture('v3.json'));
    doc.data.people[1].name = '';
    doc.data.conversations[0].scheduledDate = '2024-02-30';
    const read = readStoredPlanner(JSON.stringify(doc));
    expect(read.kind).toBe('corrupt');
    expect(read.kind === 'corrupt' && read.reason).toBe(
      'data.people[1].name: must not be empty; data.conversations[0].scheduledDate: must be a real calendar date',
    );
  });

  test('a version newer than the code opens read-only with what it can show', () => {
    const doc = JSON.parse(fixture('v3.json'));
    expect(readDocument({ ...doc, version: 4 })).toEqual({ kind: 'newer', version: 4, data: doc.data });
    expect(readDocument({ version: 9, data: { shape: 'unknown' } })).toEqual({ kind: 'newer', version: 9, data: null });
  });

  test('an older version needs the upgrader, which loads only then', () => {
    expect(readStoredPlanner(fixture('v1.json'))).toEqual({ kind: 'outdated', version: 1 });
  });
});

describe('migrating version 1', () => {
  const read = readStoredPlanner(fixture('v1.json'), upgradeDocument);
  if (read.kind !== 'ok') throw new Error(`fixture did not migrate: ${JSON.stringify(read)}`);
  const { data } = read;

  test('reports where it came from', () => {
    expect(read.migratedFrom).toBe(1);
  });

  test('turns each contact into a person and one conversation', () => {
    expect(data.people.map((p) => p.name)).toEqual(['Ada Okafor', 'Ben Park', 'Cy Moreau']);
    expect(data.conversations.map((c) => [c.personId, c.status])).toEqual([
      ['c-ada', 'done'],
      ['c-ben', 'no-reply'],
      ['c-cy', 'to-contact'],
    ]);
  });

  test('keeps every date, the meeting time and place', () => {
    expect(data.conversations[0]).toMatchObject({
      askedOn: '2024-03-01',
      scheduledDate: '2024-03-12',
      scheduledTime: '14:30',
      format: 'video',
      place: 'Video link in the invite',
      doneOn: '2024-03-12',
    });
  });

  test('renames fields, splits tags and turns the goal into a field', () => {
    expect(data.people[0]).toMatchObject({
      role: 'Epidemiologist',
      organisation: 'City Health Department',
      profileUrl: 'https://example.org/ada',
      tags: ['health', 'research'],
    });
    expect(data.people[0]!.updatedAt).toBe('2024-03-12T14:00:00.000Z');
    expect(data.profile).toMatchObject({ myName: 'Sam Student', fields: ['Public health research'] });
  });

  test('keeps referrals and drops one to a contact that no longer exists', () => {
    expect(data.people.map((p) => p.referredBy)).toEqual([null, 'c-ada', null]);
  });

  test('the result passes the current schema', () => {
    expect(plannerDataSchema.safeParse(data).success).toBe(true);
  });

  test('a broken version 1 document is unreadable, not half-migrated', () => {
    const doc = JSON.parse(fixture('v1.json'));
    doc.data.contacts[0].stage = 'lost';
    expect(readDocument(doc, upgradeDocument).kind).toBe('corrupt');
  });
});

test('a person schema rejects what the form never produces', () => {
  const good = JSON.parse(fixture('v3.json')).data.people[0];
  expect(personSchema.safeParse(good).success).toBe(true);
  expect(personSchema.safeParse({ ...good, name: 'x'.repeat(201) }).success).toBe(false);
  expect(personSchema.safeParse({ ...good, updatedAt: 'yesterday' }).success).toBe(false);
  expect(personSchema.safeParse({ ...good, tags: 'health' }).success).toBe(false);
});
