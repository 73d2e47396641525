import { describe, expect, test } from 'vitest';
import { heldConversations, MAX_MAILTO, progressMailto, progressMarkdown, type Progress } from '../../src/lib/pack/progress.ts';
import { goalStatuses } from '../../src/lib/pack/goals.ts';
import { holdPack, MAX_SAVED_PACKS, packId, parseSavedPacks, serializeSavedPacks, tickReading } from '../../src/lib/pack/saved.ts';
import { conversation, person, plannerDocument } from '../../scripts/lib/planner-fixtures.ts';
import { offlineGroup } from '../../src/lib/offline-files.ts';

describe('saved packs', () => {
  const one = { id: 'a1', fragment: 'pack=1&n=One', opened: '2027-01-10', ticks: ['sfind-people'] };

  test('what is saved reads back the same', () => {
    expect(parseSavedPacks(serializeSavedPacks([one]))).toEqual({ packs: [one], ok: true });
  });

  test.each([
    ['not JSON', '{oops'],
    ['another shape', '[1,2]'],
    ['a newer version', JSON.stringify({ v: 2, packs: [one] })],
  ])('%s is unreadable and nothing is invented', (_, raw) => {
    expect(parseSavedPacks(raw)).toEqual({ packs: [], ok: false });
  });

  test('a damaged entry is left out, the rest kept, and the loss reported', () => {
    const raw = JSON.stringify({ v: 1, packs: [one, { id: 'b', fragment: 'x', opened: '2027-02-31' }, { ...one, ticks: ['x', 3, 'x'] }] });
    expect(parseSavedPacks(raw)).toEqual({ packs: [one], ok: false });
  });

  test('holding a pack again keeps its ticks and first day, and puts it first', () => {
    const two = { id: 'b2', fragment: 'pack=1&n=Two', opened: '2027-01-11', ticks: [] };
    const held = holdPack([one, two], { id: 'a1', fragment: 'pack=1&n=One+again', opened: '2027-03-01' });
    expect(held).toEqual([{ ...one, fragment: 'pack=1&n=One+again' }, two]);
    expect(holdPack([], { id: 'c', fragment: 'f', opened: '2027-01-01' })).toEqual([
      { id: 'c', fragment: 'f', opened: '2027-01-01', ticks: [] },
    ]);
  });

  test('at most so many packs are held; the oldest goes', () => {
    let packs = [one];
    for (let i = 0; i < MAX_SAVED_PACKS; i++) packs = holdPack(packs, { id: `p${i}`, fragment: String(i), opened: '2027-01-01' });
    expect(packs).toHaveLength(MAX_SAVED_PACKS);
    expect(packs.some((p) => p.id === 'a1')).toBe(false);
  });

  test('a goal is worked out from the day the pack was first opened, and read back', () => {
    const goalFrom = (opened: string) => ({ title: 'One', count: 2, due: `${opened.slice(0, 8)}28` });
    const held = holdPack([one], { id: 'a1', fragment: 'f', opened: '2027-05-01' }, goalFrom);
    expect(held[0]!.goal).toEqual({ title: 'One', count: 2, due: '2027-01-28' });
    expect(parseSavedPacks(serializeSavedPacks(held))).toEqual({ packs: held, ok: true });
    const bad = JSON.stringify({ v: 1, packs: [{ ...one, goal: { title: 'x', count: 0, due: '2027-01-01' } }] });
    expect(parseSavedPacks(bad)).toEqual({ packs: [one], ok: false });
  });

  test('the planner counts conversations held since the pack was opened against its goal', () => {
    const packs = [
      { ...one, goal: { title: 'One', count: 2, due: '2027-02-01' } },
      { id: 'b', fragment: 'f', opened: '2027-01-20', ticks: [], goal: { title: 'Two', count: 1, due: '2027-03-30' } },
      { id: 'c', fragment: 'f', opened: '2027-01-01', ticks: [] },
    ];
    const done = ['2027-01-05', '2027-01-12', '2027-01-21', null];
    expect(goalStatuses(packs, done, '2027-01-25').map((g) => [g.id, g.held, g.state, g.left])).toEqual([
      ['a1', 2, 'met', 7],
      ['b', 1, 'met', 64],
    ]);
    expect(goalStatuses(packs, ['2027-01-12'], '2027-01-25').map((g) => [g.id, g.state])).toEqual([
      ['a1', 'due'],
      ['b', 'upcoming'],
    ]);
    expect(goalStatuses(packs, [], '2027-02-02')[0]!.state).toBe('overdue');
  });

  test('ticks are set and cleared once each', () => {
    const ticked = tickReading(tickReading([one], 'a1', 'gwhat', true), 'a1', 'gwhat', true);
    expect(ticked[0]!.ticks).toEqual(['sfind-people', 'gwhat']);
    expect(tickReading(ticked, 'a1', 'sfind-people', false)[0]!.ticks).toEqual(['gwhat']);
  });

  test('the same link always gets the same id', () => {
    expect(packId('pack=1&n=One')).toBe(packId('pack=1&n=One'));
    expect(packId('pack=1&n=One')).not.toBe(packId('pack=1&n=Two'));
  });
});

describe('progress to share', () => {
  const doc = plannerDocument(
    [person('p1', 'Ada Okafor'), person('p2', 'Ben Park')],
    [
      conversation('c1', 'p1', {
        status: 'done',
        doneOn: '2027-02-01',
        learned: 'Teams are small\n\nData is most of it',
        notes: 'Met at the library',
      }),
      conversation('c2', 'p2', { status: 'done', doneOn: '2026-12-01' }),
      conversation('c3', 'p2', { status: 'scheduled', scheduledDate: '2027-03-01' }),
    ],
  );

  test('only conversations held since the pack was opened count', () => {
    expect(heldConversations(JSON.stringify(doc), '2027-01-01')).toEqual([
      { id: 'c1', date: '2027-02-01', name: 'Ada Okafor', notes: 'Met at the library', lines: ['Teams are small', 'Data is most of it'] },
    ]);
  });

  test.each([null, '', '{', '{"data":{"conversations":[null,{"doneOn":5}]}}'])('odd planner data (%s) gives none', (raw) => {
    expect(heldConversations(raw, '2027-01-01')).toEqual([]);
  });

  const progress: Progress = {
    pack: 'Spring [class]',
    student: 'Sam',
    done: ['Step 3: Find people'],
    total: 2,
    goal: 'Goal: hold 2 conversations by March 15, 2027.',
    conversations: [{ date: '2027-02-01', name: 'Ada Okafor' }, { date: '2027-02-03' }],
    lines: ['Teams are *small*'],
  };

  test('Markdown holds only what was chosen, with the student’s words escaped', () => {
    expect(progressMarkdown(progress)).toBe(
      [
        '# Progress: Spring \\[class\\]',
        '',
        'From Sam',
        '',
        '## Readings done: 1 of 2',
        '',
        '- Step 3: Find people',
        '',
        '## Conversations held: 2',
        '',
        'Goal: hold 2 conversations by March 15, 2027.',
        '',
        '- February 1, 2027, with Ada Okafor',
        '- February 3, 2027',
        '',
        '## What I took from them',
        '',
        '- Teams are \\*small\\*',
        '',
      ].join('\n'),
    );
  });

  test('the email goes to the counselor with the progress as its body, cut to fit a mailto link', () => {
    const mail = progressMailto('coach@school.example.edu', progress);
    expect(mail).toMatch(/^mailto:coach@school\.example\.edu\?subject=Progress%3A%20Spring%20%5Bclass%5D&body=%23%20Progress/);
    const long = progressMailto('coach@school.example.edu', {
      ...progress,
      lines: Array.from({ length: 80 }, (_, i) => `Line ${i} ${'x'.repeat(30)}`),
    });
    expect(long.length).toBeLessThanOrEqual(MAX_MAILTO);
    expect(decodeURIComponent(long)).toContain('(Cut to fit an email link');
  });
});

test('the pack page is kept for offline use from the first visit, like the other tools; its embed view never is', () => {
  expect(offlineGroup('pack/')).toBe('core');
  expect(offlineGroup('embed/pack/')).toBeNull();
});
