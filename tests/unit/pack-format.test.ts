import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decodePack,
  encodePack,
  MAX_NOTE,
  MAX_PACK_LINK,
  MAX_QUESTIONS,
  MAX_READINGS,
  MAX_TITLE,
  PACK_VERSION,
  packLinkProblem,
  readingKinds,
  type Pack,
  type Reading,
} from '../../src/lib/pack/format.ts';
import { resolvePack, type PackCatalog } from '../../src/lib/pack/resolve.ts';
import { budgets, cleanText } from '../../src/lib/sheet/sheet.ts';

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const textArb = (max: number) =>
  fc
    .string({
      unit: fc.oneof(fc.constant('a'), fc.constant(' '), fc.constant('&'), fc.constant('é'), fc.string({ maxLength: 1 })),
      maxLength: max,
    })
    .map((s) => cleanText(s, max).text);
const readingArb: fc.Arbitrary<Reading> = fc
  .record({
    kind: fc.constantFrom(...Object.values(readingKinds)),
    id: idArb,
    anchor: fc.option(idArb, { nil: undefined }),
    by: fc.option(dateArb, { nil: undefined }),
  })
  .map((r) => {
    const reading: Reading = { kind: r.kind, id: r.id };
    if (r.anchor && r.kind === 'step') reading.anchor = r.anchor;
    if (r.by) reading.by = r.by;
    return reading;
  });
const packArb: fc.Arbitrary<Pack> = fc.record({
  title: textArb(MAX_TITLE),
  note: textArb(MAX_NOTE),
  sheet: fc.oneof(
    fc.constant(null),
    idArb.map((preset) => ({ preset })),
    fc.record({ questions: fc.uniqueArray(idArb, { minLength: 1, maxLength: MAX_QUESTIONS }), minutes: fc.constantFrom(...budgets) }),
  ),
  readings: fc.uniqueArray(readingArb, { maxLength: MAX_READINGS, selector: (r) => `${r.kind}${r.id}.${r.anchor}` }),
  goal: fc.oneof(
    fc.constant(null),
    fc.record({ count: fc.integer({ min: 1, max: 20 }), by: dateArb }),
    fc.record({ count: fc.integer({ min: 1, max: 20 }), days: fc.integer({ min: 1, max: 366 }) }),
  ),
  email: fc.constantFrom('', 'pat@school.example.edu', 'a.b+class@x.org'),
});

describe('pack links', () => {
  test('a decoded link gives back the pack that was encoded', () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        expect(decodePack(`#${encodePack(pack)}`)).toEqual({ kind: 'pack', pack, dropped: [], newer: false });
      }),
      { numRuns: 300 },
    );
  });

  test('the link carries its format version first', () => {
    expect(encodePack({ title: 'Spring', note: '', sheet: null, readings: [], goal: null, email: '' })).toBe(
      `pack=${PACK_VERSION}&n=Spring`,
    );
  });

  test('a link from a newer format opens what this one can read and says it is newer', () => {
    const decoded = decodePack('#pack=2&n=Later&x=something-new&r=sfind-people');
    expect(decoded).toMatchObject({
      kind: 'pack',
      newer: true,
      dropped: [],
      pack: { title: 'Later', readings: [{ kind: 'step', id: 'find-people' }] },
    });
  });

  test('an edition pack has its own short form', () => {
    expect(decodePack('#p=engineering-juniors')).toEqual({ kind: 'edition', id: 'engineering-juniors' });
    expect(decodePack('#p=<script>')).toEqual({ kind: 'none' });
    expect(decodePack('#sheet=v1&q=a')).toEqual({ kind: 'none' });
  });

  test.each([
    ['a truncated percent escape in the note', '#pack=1&n=Class&m=Read%2', ['the note, which could not be read']],
    [
      'a reading cut mid-date',
      '#pack=1&r=sfind-people@2027',
      ['the reading “sfind-people@2027”, which is not a part of the handbook this link format can name'],
    ],
    [
      'an impossible date',
      '#pack=1&r=gwhat@20270231',
      ['the reading “gwhat@20270231”, which is not a part of the handbook this link format can name'],
    ],
    ['an unknown kind letter', '#pack=1&r=xthing', ['the reading “xthing”, which is not a part of the handbook this link format can name']],
    [
      'an anchor on a guide',
      '#pack=1&r=gwhat.item',
      ['the reading “gwhat.item”, which is not a part of the handbook this link format can name'],
    ],
    ['a goal of zero', '#pack=1&g=0.20270315', ['the goal “0.20270315”, which could not be read']],
    [
      'a mailto trick',
      '#pack=1&e=x%40y.z%3Fbcc%3Devil%40z.z',
      ['the counselor’s email address “x@y.z?bcc=evil@z.z”, which is not an email address'],
    ],
    ['a script as a starter sheet', '#pack=1&s=%3Cscript%3E', ['the starter sheet “<script>”, whose name is not one a sheet can have']],
  ])('%s is dropped and named', (_, fragment, dropped) => {
    const decoded = decodePack(fragment);
    expect(decoded.kind).toBe('pack');
    if (decoded.kind === 'pack') expect(decoded.dropped).toEqual(dropped);
  });

  test('hostile text is kept as plain text, without control or direction characters', () => {
    const decoded = decodePack(`#pack=1&n=${encodeURIComponent('<img src=x onerror=alert(1)>\u202e\u0000')}`);
    if (decoded.kind !== 'pack') throw new Error(decoded.kind);
    expect(decoded.pack.title).toBe('<img src=x onerror=alert(1)>');
  });

  test('text past its limit is cut and the cut is named', () => {
    const decoded = decodePack(`#pack=1&m=${'a'.repeat(MAX_NOTE + 5)}`);
    if (decoded.kind !== 'pack') throw new Error(decoded.kind);
    expect(decoded.pack.note).toHaveLength(MAX_NOTE);
    expect(decoded.dropped).toEqual([`the end of the note (it keeps its first ${MAX_NOTE} characters)`]);
  });

  test('readings and questions past their limits are dropped with a count', () => {
    const readings = Array.from({ length: MAX_READINGS + 3 }, (_, i) => `gguide-${i}`).join(',');
    const questions = Array.from({ length: MAX_QUESTIONS + 2 }, (_, i) => `q-${i}`).join(',');
    const decoded = decodePack(`#pack=1&r=${readings}&q=${questions}`);
    if (decoded.kind !== 'pack') throw new Error(decoded.kind);
    expect(decoded.pack.readings).toHaveLength(MAX_READINGS);
    expect(decoded.dropped).toContain(`3 readings beyond the ${MAX_READINGS} a pack can hold`);
    expect(decoded.dropped).toContain(`2 questions beyond the ${MAX_QUESTIONS} a pack can hold`);
  });

  test('random bytes never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (junk) => {
        decodePack(`#pack=1&${junk}`);
        decodePack(junk);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the QR limit', () => {
  const pack: Pack = { title: 'Spring class', note: 'x'.repeat(200), sheet: { preset: 'student' }, readings: [], goal: null, email: '' };

  test('a link within the limit has no problem', () => {
    expect(packLinkProblem('https://example.edu/pack/#pack=1', pack)).toBeNull();
  });

  test('a link past the limit names its length and the longest part to shorten', () => {
    const link = `https://example.edu/pack/#${'x'.repeat(MAX_PACK_LINK)}`;
    expect(packLinkProblem(link, pack)).toBe(
      `This link is ${link.length} characters, ${link.length - MAX_PACK_LINK} over the ${MAX_PACK_LINK} that fit a QR code phones read easily. Shorten the note (200 characters) or the title (12 characters).`,
    );
  });
});

describe('resolving a pack against the handbook', () => {
  const catalog: PackCatalog = {
    steps: { 'find-people': { order: 2, title: 'Find people', items: { 'make-a-list': 'Make a list' } } },
    moved: { 'know-yourself': { 'list-your-values': 'find-people' } },
    guides: { 'what-is-it': 'What an informational interview is' },
    templates: { 'thank-you': 'Thank-you note' },
    tips: { 'arrive-on-time': 'Arrive on time' },
    categories: { background: 'Their background' },
    questions: { 'how-did-you-start': ['How did you start?', 'background'] },
    aliases: { 'first-job': 'how-did-you-start' },
    presets: { student: { title: 'Exploring a first career', minutes: 30, questions: ['how-did-you-start'] } },
  };
  catalog.steps['find-people']!.items['list-your-values'] = 'List your values';

  test('every kind of reading gets its title and address', () => {
    const decoded = decodePack(
      '#pack=1&r=sfind-people@20270301,sfind-people.make-a-list,gwhat-is-it,tthank-you,parrive-on-time,cbackground,qhow-did-you-start',
    );
    if (decoded.kind !== 'pack') throw new Error(decoded.kind);
    expect(resolvePack(decoded.pack, catalog).readings.map((r) => [r.title, r.path, r.by])).toEqual([
      ['Step 2: Find people', '/steps/find-people/', '2027-03-01'],
      ['Step 2 checklist: Make a list', '/steps/find-people/#make-a-list', undefined],
      ['What an informational interview is', '/guides/what-is-it/', undefined],
      ['Message template: Thank-you note', '/templates/thank-you/', undefined],
      ['Tip: Arrive on time', '/tips/#arrive-on-time', undefined],
      ['Questions: Their background', '/questions/background/', undefined],
      ['Question: How did you start?', '/questions/background/#how-did-you-start', undefined],
    ]);
  });

  test('a merged question and a moved checklist item open where they live now', () => {
    const decoded = decodePack('#pack=1&r=qfirst-job,sknow-yourself.list-your-values&q=first-job,how-did-you-start&t=20');
    if (decoded.kind !== 'pack') throw new Error(decoded.kind);
    const shown = resolvePack(decoded.pack, catalog);
    expect(shown.readings.map((r) => [r.key, r.path])).toEqual([
      ['qfirst-job', '/questions/background/#how-did-you-start'],
      ['sknow-yourself.list-your-values', '/steps/find-people/#list-your-values'],
    ]);
    expect(shown.sheet).toEqual({
      title: 'the questions your counselor picked',
      count: 1,
      path: '/builder/#sheet=v1&t=20&q=how-did-you-start',
    });
    expect(shown.missing).toEqual([]);
  });

  test('what the handbook no longer has is named', () => {
    const decoded = decodePack('#pack=1&r=ggone,sfind-people.gone-item,qgone-question&s=gone-sheet');
    if (decoded.kind !== 'pack') throw new Error(decoded.kind);
    const shown = resolvePack(decoded.pack, catalog);
    expect(shown.readings).toEqual([]);
    expect(shown.missing).toEqual([
      'the guide “gone”',
      'the step “find-people#gone-item”',
      'the question “gone-question”',
      'the starter sheet “gone-sheet”',
    ]);
  });

  test('a starter sheet opens in the builder by its short link', () => {
    expect(resolvePack({ ...decodeFirst('#pack=1&s=student') }, catalog).sheet).toEqual({
      title: 'the starter sheet “Exploring a first career”',
      count: 1,
      path: '/builder/#preset=student',
    });
  });
});

function decodeFirst(fragment: string): Pack {
  const decoded = decodePack(fragment);
  if (decoded.kind !== 'pack') throw new Error(decoded.kind);
  return decoded.pack;
}
