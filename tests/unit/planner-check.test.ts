// The planner's start-up reads saved data with checkPlannerData instead of zod (to keep zod out
// of the page's first load). It must give exactly plannerDataSchema's answer: the same data, or
// the same problems in the same order with the same paths and messages. These properties feed
// both the same valid, damaged and arbitrary input and compare.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { checkPlannerData } from '../../src/lib/planner/check.ts';
import { describeIssues } from '../../src/lib/planner/document.ts';
import { plannerDataSchema } from '../../src/schemas/planner';
import { plannerArb } from './planner-arbitraries';

const runs = Number(process.env.PLANNER_CHECK_RUNS) || 1000;

// The planner page loads zod/mini alone, which has no message locale ("Invalid input"). Loading the
// whole of zod anywhere in a process (astro/zod, as other test files do) registers English
// messages for every zod in it; zod is asked here as the page would ask it.
let locale: z.core.$ZodConfig['localeError'];
beforeAll(() => {
  locale = z.config().localeError;
  z.config({ localeError: undefined });
});
afterAll(() => void z.config({ localeError: locale }));
const fixture = JSON.parse(readFileSync(new URL('fixtures/planner/v3.json', import.meta.url), 'utf8')).data;

const attempt = <T>(run: () => T): T | { threw: true } => {
  try {
    return run();
  } catch {
    return { threw: true };
  }
};

/** Expects the checker and zod to agree on `input`, and returns whether it was valid. */
function agree(input: unknown): boolean {
  const zod = attempt(() => plannerDataSchema.safeParse(input));
  const ours = attempt(() => checkPlannerData(input));
  // Only values JSON cannot make (a length that cannot be compared with a number) throw; both must.
  if ('threw' in zod || 'threw' in ours) {
    expect(ours).toEqual(zod);
    return false;
  }
  expect(ours.success).toBe(zod.success);
  if (zod.success && ours.success) {
    expect(ours.data).toStrictEqual(zod.data);
  } else if (!zod.success && !ours.success) {
    expect(ours.issues.map(({ path, message }) => ({ path, message }))).toEqual(
      zod.error.issues.map(({ path, message }) => ({ path, message })),
    );
    expect(describeIssues(ours.issues, ['data'])).toBe(describeIssues(zod.error.issues, ['data']));
  }
  return zod.success;
}

// Values chosen to sit on every edge the schema draws: lengths either side of each limit (in
// units and in code points), near-miss dates, times and timestamps, numbers around the minutes
// range and beyond safe integers, wrong types, and things that merely look like strings.
const lengths = [0, 1, 2, 49, 50, 51, 63, 64, 65, 99, 100, 101, 199, 200, 201, 1999, 2000, 2001, 20000, 20001];
const sizedText = fc
  .tuple(fc.constantFrom(...lengths), fc.constantFrom('a', '😀', '\uD800', '\uDC00', 'é'), fc.constantFrom('', 'a', '😀'))
  .map(([n, unit, tail]) => unit.repeat(n) + tail);
const sizedList = fc
  .tuple(fc.constantFrom(0, 1, 49, 50, 51, 99, 100, 101), fc.oneof(fc.constant('x'), sizedText, fc.anything()))
  .map(([n, item]) => Array.from({ length: n }, () => item));
const nearMiss = fc.constantFrom(
  '2024-02-29',
  '2023-02-29',
  '2024-02-30',
  '2024-13-01',
  '2024-1-1',
  '0000-00-00',
  '9999-12-31',
  '2024-01-01T00:00:00.000Z',
  '2024-01-01T00:00:00Z',
  '2024-01-01T00:00:00.1234Z',
  '2024-01-01T25:00:00.000Z',
  '2024-02-30T00:00:00.000Z',
  '2024-01-01 00:00:00',
  '14:30',
  '23:59',
  '24:00',
  '9:30',
  '',
  ' ',
  'to-contact',
  'scheduled',
  'Scheduled',
  'video',
  'fax',
);
const numbers = fc.oneof(
  fc.constantFrom(0, -0, 1, 30, 240, 241, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 1e20, -1e20),
  fc.double(),
  fc.integer(),
);
const lookalikes = fc.constantFrom<unknown>(
  { length: 5 },
  { length: 500 },
  { length: 'abc' },
  { length: null },
  new String('text'),
  [],
  [''],
  ['a', 1],
  null,
  undefined,
  true,
);
const anything = fc.anything({
  withNullPrototype: true,
  withSparseArray: true,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
});
const nasty = fc.oneof(sizedText, sizedList, nearMiss, numbers, lookalikes, anything);

type Path = (string | number)[];

const isContainer = (value: unknown): value is Record<string | number, unknown> =>
  Array.isArray(value) || (typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value)));

/** Every path inside plain objects and arrays, the value itself first. */
function paths(value: unknown, at: Path = []): Path[] {
  const inner = isContainer(value)
    ? Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) && /^\d+$/.test(k) ? Number(k) : k]))
    : [];
  return [at, ...inner];
}

/** A copy of `root` with the value at `path` set to `value`, or removed; only the containers on the way are copied. */
function change(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const from = root as Record<string | number, unknown>;
  // slice() keeps an array's holes; descriptors keep an own "__proto__" key an own key.
  const copy = Array.isArray(from) ? from.slice() : Object.create(Object.getPrototypeOf(from), Object.getOwnPropertyDescriptors(from));
  const [key, ...rest] = path as [string | number, ...Path];
  if (rest.length > 0) copy[key] = change(from[key], rest, value, remove);
  else if (remove) delete copy[key];
  else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const valueAt = (root: unknown, path: Path) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** A valid planner damaged in one to four places: a value swapped for a nasty one, a key removed or one added. */
const damagedArb = fc
  .tuple(
    plannerArb,
    fc.array(fc.tuple(fc.nat(), nasty, fc.constantFrom('swap', 'swap', 'swap', 'remove', 'add')), { minLength: 1, maxLength: 4 }),
  )
  .map(([data, edits]) => {
    let doc: unknown = data;
    for (const [n, value, how] of edits) {
      const all = paths(doc);
      const path = all[n % all.length]!;
      if (how === 'add' && isContainer(valueAt(doc, path))) doc = change(doc, [...path, 'extra'], value);
      else doc = change(doc, path, value, how === 'remove');
    }
    return doc;
  });

describe('checkPlannerData gives zod’s answer', () => {
  test('for the fixture and an empty planner', () => {
    expect(agree(fixture)).toBe(true);
    expect(
      agree({
        profile: { myName: '', fields: [], interests: [], strengths: [], values: [], updatedAt: null },
        people: [],
        conversations: [],
        deleted: [],
      }),
    ).toBe(true);
  });

  test('for any valid planner, keeping the same data', () => {
    fc.assert(
      fc.property(plannerArb, (data) => {
        expect(agree(data)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // PLANNER_CHECK_RUNS=40000 for a long search after changing either side.
  test('for a planner damaged in a few places', { timeout: Math.max(60_000, runs * 50) }, () => {
    let invalid = 0;
    fc.assert(
      fc.property(damagedArb, (doc) => {
        if (!agree(doc)) invalid++;
      }),
      { numRuns: runs },
    );
    // Most damage breaks the document; the rest (an extra key, a value that still fits) must pass alike.
    expect(invalid).toBeGreaterThan(runs / 2);
  });

  test('for anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue()), (value) => void agree(value)),
      { numRuns: 500 },
    );
  });

  /* eslint-disable @typescript-eslint/no-explicit-any -- each edit breaks the planner's types on purpose, to test the checker on data no type allows */
  test.each([
    ['a name that is an empty list', false, (d: any) => (d.people[0].name = [])],
    ['a list of fields given as one long string', false, (d: any) => (d.profile.fields = 'x'.repeat(101))],
    ['minutes past the safe integers', false, (d: any) => (d.conversations[0].minutes = 1e20)],
    ['minutes below them', false, (d: any) => (d.conversations[0].minutes = -1e20)],
    ['minutes that are not whole', false, (d: any) => (d.conversations[0].minutes = 1.5)],
    ['minutes that are not a number', false, (d: any) => (d.conversations[0].minutes = NaN)],
    ['a 200-emoji name (400 units, 200 characters)', true, (d: any) => (d.people[0].name = '😀'.repeat(200))],
    ['a 201-emoji name', false, (d: any) => (d.people[0].name = '😀'.repeat(201))],
    ['a timestamp that fails both its checks', false, (d: any) => (d.people[0].updatedAt = 'yesterday')],
    ['a date with the right shape on a day that does not exist', false, (d: any) => (d.conversations[0].scheduledDate = '2024-02-30')],
    [
      'unknown keys, which are dropped',
      true,
      (d: any) => (d.people[0] = { ...JSON.parse('{"__proto__":{"polluted":true}}'), extra: 1, ...d.people[0] }),
    ],
    ['a missing field', false, (d: any) => delete d.conversations[0].questions],
    ['an id holding half a character', false, (d: any) => (d.conversations[0].id = 'c-\ud800')],
    ['an empty id, which also fails the length check', false, (d: any) => (d.deleted = [{ id: '', deletedAt: 'yesterday' }])],
    ['a whole emoji in an id, which is fine', true, (d: any) => (d.conversations[0].id = 'c-😀')],
  ])('for %s (valid: %s)', (_, valid, edit) => {
    /* eslint-enable @typescript-eslint/no-explicit-any */
    const doc = structuredClone(fixture);
    edit(doc);
    expect(agree(doc)).toBe(valid);
  });
});
