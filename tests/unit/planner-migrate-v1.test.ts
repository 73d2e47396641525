// A planner saved by the first version opens in today's planner with nothing lost: each contact a
// person with one conversation at the matching stage, the goal as a field of interest.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { upgradeDocument } from '../../src/lib/planner/upgrade/upgrade.ts';
import { migrateV1 } from '../../src/lib/planner/upgrade/v1-to-v2.ts';
import type { V1Contact, V1Document } from '../../src/schemas/planner-v1.ts';

const v1: V1Document = JSON.parse(readFileSync(new URL('fixtures/planner/v1.json', import.meta.url), 'utf8'));
const ada = v1.data.contacts[0]!;
const doc = (contacts: V1Contact[], goal = '') => ({ ...v1, data: { me: { name: 'Sam', goal }, contacts } });

test.each([
  ['idea', 'to-contact'],
  ['contacted', 'asked'],
  ['meeting', 'scheduled'],
  ['met', 'done'],
  ['thanked', 'thanked'],
  ['ongoing', 'keeping-in-touch'],
  ['declined', 'declined'],
  ['silent', 'no-reply'],
] as const)('a contact at the stage %s becomes a conversation that is %s', (stage, status) => {
  expect(migrateV1(doc([{ ...ada, stage }])).conversations[0]!.status).toBe(status);
});

test('a contact becomes a person: tags tidied and once each, no made-up details, a referrer only if it is someone else there', () => {
  const contacts = [
    { ...ada, id: 'a', referrer: 'a', tags: ' health, , research,health ,' },
    { ...ada, id: 'b', referrer: 'gone' },
    { ...ada, id: 'c', referrer: 'a' },
  ];
  const { people } = migrateV1(doc(contacts));
  expect(people.map((p) => p.referredBy)).toEqual([null, null, 'a']);
  expect(people[0]).toMatchObject({ howKnown: '', tags: ['health', 'research'], name: ada.name, role: ada.title });
});

test('the meeting splits into its day and time; with none, neither is set and the notes start empty', () => {
  const [timed, none] = migrateV1(
    doc([
      { ...ada, id: 'a', meeting: '2024-03-12T14:30' },
      { ...ada, id: 'b', meeting: null },
    ]),
  ).conversations;
  expect(timed).toMatchObject({ scheduledDate: '2024-03-12', scheduledTime: '14:30', notes: '' });
  expect(none).toMatchObject({ scheduledDate: null, scheduledTime: null, notes: '' });
});

test('the goal becomes the one field of interest, trimmed; the new lists start empty', () => {
  expect(migrateV1(doc([], '  Public health  ')).profile).toEqual({
    myName: 'Sam',
    fields: ['Public health'],
    interests: [],
    strengths: [],
    values: [],
    updatedAt: null,
  });
  expect(migrateV1(doc([], '   ')).profile.fields).toEqual([]);
});

test('a planner whose meeting falls on no real day or time is unreadable, naming what could not be carried over', () => {
  expect(upgradeDocument(doc([{ ...ada, meeting: '2024-02-30T25:10' }]), 1)).toEqual({
    kind: 'corrupt',
    reason:
      'it could not be updated from version 1: conversations[0].scheduledDate: must be a real calendar date; conversations[0].scheduledTime: must be a time like 14:30',
  });
});

test('a change time past anything a calendar holds is named like any wrong field, rather than failing the upgrade', () => {
  expect(
    upgradeDocument(
      doc([
        { ...ada, modified: 1e16 },
        { ...ada, id: 'b' },
      ]),
      1,
    ),
  ).toEqual({
    kind: 'corrupt',
    reason: 'data.contacts[0].modified: must be a real point in time',
  });
});
