import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyPlanner, exportJson } from '../../src/lib/planner/document.ts';
import { applyImport, MAX_IMPORT_BYTES, parseImport, previewImport } from '../../src/lib/planner/on-demand/import.ts';
import { mergePlanners } from '../../src/lib/planner/merge.ts';
import { revert } from '../../src/lib/planner/on-demand/undo.ts';
import type { PlannerData } from '../../src/schemas/planner';
import { plannerArb } from './planner-arbitraries';

const fixture = (name: string) => readFileSync(new URL(`fixtures/planner/${name}`, import.meta.url), 'utf8');
const backup: PlannerData = JSON.parse(fixture('v3.json')).data;
const now = '2025-04-01T10:00:00.000Z';
const error = (text: string) => {
  const parsed = parseImport(text);
  return parsed.ok ? 'accepted' : parsed.error;
};

describe('reading a backup file', () => {
  test('accepts an exported backup', () => {
    expect(parseImport(exportJson(backup, new Date(now)))).toEqual({ ok: true, data: backup });
  });

  test('accepts and migrates a version 1 backup', () => {
    const parsed = parseImport(fixture('v1.json'));
    expect(parsed.ok && parsed.data.people).toHaveLength(3);
  });

  test.each([
    ['', 'The file is not JSON'],
    ['<html>', 'The file is not JSON'],
    ['{"name":"a list"}', 'The file is not a valid planner backup: it has no valid version number.'],
    ['{"version":2,"data":{"profile":{}}}', 'The file is not a valid planner backup: data.profile.myName:'],
    ['{"version":7,"data":{}}', 'made by a newer version of the planner (version 7)'],
  ])('names what is wrong with %j', (text, message) => {
    expect(error(text)).toContain(message);
  });

  test('names a field that is wrong, with its place in the file', () => {
    const doc = JSON.parse(fixture('v3.json'));
    doc.data.conversations[1].status = 'ghosted';
    expect(error(JSON.stringify(doc))).toMatch(/^The file is not a valid planner backup: data\.conversations\[1\]\.status: /);
  });

  test('rejects an id used twice', () => {
    const doc = JSON.parse(fixture('v3.json'));
    doc.data.people[1].id = 'p-ada';
    doc.data.conversations[1].personId = 'p-ada';
    expect(error(JSON.stringify(doc))).toContain('the id "p-ada" is used by more than one record');
  });

  test('rejects an id holding half a character, which no link could carry', () => {
    const doc = JSON.parse(fixture('v3.json'));
    doc.data.people[1].id = 'p-\ud800';
    doc.data.conversations[1].personId = 'p-\ud800';
    expect(error(JSON.stringify(doc))).toContain('data.people[1].id: must not hold half a character');
  });

  test('rejects a conversation with nobody to belong to', () => {
    const doc = JSON.parse(fixture('v3.json'));
    doc.data.conversations[1].personId = 'p-nobody';
    expect(error(JSON.stringify(doc))).toContain('data.conversations[1] belongs to a person who is not in the file');
  });

  test('rejects a file that is far too large without parsing it', () => {
    expect(error(' '.repeat(21 * 1024 * 1024))).toContain('too large');
  });

  test('reads a backup right up to 20 MB, and refuses one character more', () => {
    const json = exportJson(backup, new Date(now));
    const padded = json + ' '.repeat(MAX_IMPORT_BYTES - json.length);
    expect(parseImport(padded)).toEqual({ ok: true, data: backup });
    expect(error(padded + ' ')).toBe('The file is too large to be a planner backup (over 20 MB).');
  });

  test('rejects the very first conversation when it has nobody to belong to', () => {
    const doc = JSON.parse(fixture('v3.json'));
    doc.data.conversations[0].personId = 'p-nobody';
    expect(error(JSON.stringify(doc))).toBe(
      'The file is not a valid planner backup: data.conversations[0] belongs to a person who is not in the file.',
    );
  });

  test('rejects a version 1 backup that cannot become today’s planner, saying where', () => {
    const doc = JSON.parse(fixture('v1.json'));
    doc.data.contacts[0].meeting = '2024-02-30T14:30';
    expect(error(JSON.stringify(doc))).toBe(
      'The file is not a valid planner backup: it could not be updated from version 1: conversations[0].scheduledDate: must be a real calendar date.',
    );
  });

  test('rejects a version 1 backup with a change time no calendar holds, instead of failing', () => {
    const doc = JSON.parse(fixture('v1.json'));
    doc.data.contacts[1].modified = 9e15;
    expect(error(JSON.stringify(doc))).toBe(
      'The file is not a valid planner backup: data.contacts[1].modified: must be a real point in time.',
    );
  });

  test('export then import gives back 1,000 generated planners exactly', () => {
    fc.assert(
      fc.property(plannerArb, (data) => {
        expect(parseImport(exportJson(data, new Date(now)))).toEqual({ ok: true, data });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('applying a backup', () => {
  const here: PlannerData = {
    ...backup,
    people: [backup.people[0]!, { ...backup.people[1]!, id: 'p-cy', name: 'Cy' }],
    conversations: [backup.conversations[0]!],
    deleted: [],
  };
  const incoming: PlannerData = { ...backup, people: [{ ...backup.people[0]!, role: 'Director' }, backup.people[1]!] };

  test('previews a merge', () => {
    expect(previewImport(here, incoming, 'merge')).toEqual({
      addPeople: 1,
      replacePeople: 1,
      addConversations: 1,
      replaceConversations: 0,
      removePeople: 0,
      removeConversations: 0,
      profileChanges: false,
    });
  });

  test('previews a replace', () => {
    expect(previewImport(here, incoming, 'replace')).toMatchObject({ removePeople: 1, removeConversations: 0 });
  });

  test('a merge adds and replaces, and keeps what only this planner has', () => {
    const after = applyImport(here, incoming, 'merge', now);
    expect(after.people.map((p) => [p.id, p.role])).toEqual([
      ['p-cy', 'Data analyst'],
      ['p-ada', 'Director'],
      ['p-ben', 'Data analyst'],
    ]);
    expect(after.conversations.map((c) => c.id)).toEqual(['c-ada-1', 'c-ben-1']);
    expect(after.people.find((p) => p.id === 'p-ada')!.updatedAt).toBe(now);
    // Unchanged records keep their date, so other tabs have nothing to redo.
    expect(after.conversations[0]!.updatedAt).toBe(backup.conversations[0]!.updatedAt);
  });

  test('a replace makes the planner the backup, and another tab’s older copy cannot bring back what it removed', () => {
    const after = applyImport(here, incoming, 'replace', now);
    expect(after.people.map((p) => p.id)).toEqual(['p-ada', 'p-ben']);
    expect(after.deleted).toContainEqual({ id: 'p-cy', deletedAt: now });
    expect(
      mergePlanners(here, after)
        .people.map((p) => p.id)
        .sort(),
    ).toEqual(['p-ada', 'p-ben']);
  });

  test('an import can be undone, keeping later changes to other records', () => {
    const after = applyImport(here, incoming, 'merge', now);
    const laterEdit = {
      ...after,
      people: after.people.map((p) => (p.id === 'p-cy' ? { ...p, notes: 'later', updatedAt: '2025-04-01T10:05:00.000Z' } : p)),
    };
    const undone = revert(laterEdit, here, after, '2025-04-01T10:10:00.000Z');
    expect(undone.people.map((p) => [p.id, p.role, p.notes])).toEqual([
      ['p-cy', 'Data analyst', 'later'],
      ['p-ada', 'Epidemiologist', ''],
    ]);
    expect(undone.conversations.map((c) => c.id)).toEqual(['c-ada-1']);
    expect(undone.deleted.map((t) => t.id).sort()).toEqual(['c-ben-1', 'p-ben']);
  });

  test('a replace counts the conversations it would remove; a merge removes nothing', () => {
    const mine: PlannerData = { ...backup, conversations: [...backup.conversations, { ...backup.conversations[1]!, id: 'c-ben-2' }] };
    expect(previewImport(mine, backup, 'replace')).toEqual({
      addPeople: 0,
      replacePeople: 0,
      addConversations: 0,
      replaceConversations: 0,
      removePeople: 0,
      removeConversations: 1,
      profileChanges: false,
    });
    expect(previewImport(mine, backup, 'merge').removeConversations).toBe(0);
    expect(applyImport(mine, backup, 'merge', now).conversations.map((c) => c.id)).toEqual(['c-ben-2', 'c-ada-1', 'c-ben-1']);
    expect(applyImport(mine, backup, 'replace', now).deleted).toEqual([...backup.deleted, { id: 'c-ben-2', deletedAt: now }]);
  });

  describe('the profile', () => {
    const blank = emptyPlanner().profile;
    const edited = { ...backup.profile, myName: 'Sam S. Student', updatedAt: '2025-03-01T09:00:00.000Z' };

    test('a merge keeps my profile when the backup’s was never filled in', () => {
      const incomingBlank = { ...backup, profile: blank };
      expect(previewImport(backup, incomingBlank, 'merge').profileChanges).toBe(false);
      expect(applyImport(backup, incomingBlank, 'merge', now).profile).toEqual(backup.profile);
    });

    test('a merge takes the backup’s profile when it was filled in and differs, as the newest change', () => {
      const incomingEdited = { ...backup, profile: edited };
      expect(previewImport(backup, incomingEdited, 'merge').profileChanges).toBe(true);
      expect(applyImport(backup, incomingEdited, 'merge', now).profile).toEqual({ ...edited, updatedAt: now });
    });

    test('a replace takes the backup’s profile even when it was never filled in', () => {
      const incomingBlank = { ...backup, profile: blank };
      expect(previewImport(backup, incomingBlank, 'replace').profileChanges).toBe(true);
      expect(applyImport(backup, incomingBlank, 'replace', now).profile).toEqual({ ...blank, updatedAt: now });
    });

    test.each(['merge', 'replace'] as const)('a %s of the same profile changes nothing, not even its date', (mode) => {
      expect(previewImport(backup, backup, mode).profileChanges).toBe(false);
      expect(applyImport(backup, backup, mode, now).profile).toEqual(backup.profile);
    });
  });

  test('someone deleted here comes back from the backup, and the other deletions are still remembered', () => {
    const tombstone = { id: 'p-ben', deletedAt: '2025-03-20T09:00:00.000Z' };
    const mine: PlannerData = {
      ...backup,
      people: [backup.people[0]!],
      conversations: [backup.conversations[0]!],
      deleted: [...backup.deleted, tombstone],
    };
    const after = applyImport(mine, backup, 'merge', now);
    expect(after.people.map((p) => p.id)).toEqual(['p-ada', 'p-ben']);
    expect(after.deleted).toEqual(backup.deleted);
  });

  test('importing into an empty planner gives the backup', () => {
    const after = applyImport(emptyPlanner(), backup, 'replace', now);
    expect(after.people.map((p) => ({ ...p, updatedAt: '' }))).toEqual(backup.people.map((p) => ({ ...p, updatedAt: '' })));
    expect(after.profile.myName).toBe('Sam Student');
  });
});
