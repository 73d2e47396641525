import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { serializePlanner } from '../../src/lib/planner/document.ts';
import { describeWriteError, findStorage, keepBackup, openPlanner, writePlanner } from '../../src/lib/planner/storage.ts';
import { PLANNER_BACKUP_PREFIX, PLANNER_KEY } from '../../src/lib/storage-keys.ts';
import { upgradeDocument } from '../../src/lib/planner/upgrade/upgrade.ts';
import { FakeStorage, quotaError } from './fake-storage';
import { plannerArb } from './planner-arbitraries';

const now = new Date('2025-04-01T10:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`fixtures/planner/${name}`, import.meta.url), 'utf8');
const withMain = (raw: string) => {
  const s = new FakeStorage();
  s.items.set(PLANNER_KEY, raw);
  return s;
};
const backups = (s: FakeStorage) => [...s.items].filter(([k]) => k.startsWith(PLANNER_BACKUP_PREFIX)).map(([, v]) => v);

describe('opening the saved planner', () => {
  test('works in memory, and says so, without storage', () => {
    expect(openPlanner(null, now, 'storage is blocked')).toEqual({ mode: 'memory', reason: 'storage is blocked' });
  });

  test('starts empty when nothing is saved', () => {
    expect(openPlanner(new FakeStorage(), now)).toMatchObject({ mode: 'ok', data: null, raw: null });
  });

  test('opens the current version and keeps no extra copy', () => {
    const s = withMain(fixture('v3.json'));
    expect(openPlanner(s, now)).toMatchObject({ mode: 'ok', migratedFrom: null, backupKey: null });
    expect(s.items.size).toBe(1);
  });

  test('migrates an old version, keeping the old text under a backup key', () => {
    const raw = fixture('v1.json');
    const s = withMain(raw);
    expect(openPlanner(s, now)).toEqual({ mode: 'outdated', version: 1 });
    const opened = openPlanner(s, now, '', upgradeDocument);
    expect(opened).toMatchObject({ mode: 'ok', migratedFrom: 1, backupKey: `${PLANNER_BACKUP_PREFIX}2025-04-01T10:00:00.000Z` });
    expect(s.getItem(PLANNER_KEY)).toBe(raw);
    expect(backups(s)).toEqual([raw]);
  });

  test('opens a newer version read-only and never writes', () => {
    const raw = fixture('v3.json').replace('"version": 3', '"version": 4');
    const s = withMain(raw);
    expect(openPlanner(s, now)).toMatchObject({ mode: 'readonly', version: 4, raw });
    expect([...s.items]).toEqual([[PLANNER_KEY, raw]]);
  });

  test('keeps corrupt data where it is and copies it to a backup key once', () => {
    const s = withMain('{"version":3,"data":{"people":"oops"}}');
    const first = openPlanner(s, now);
    expect(first).toMatchObject({ mode: 'corrupt', raw: '{"version":3,"data":{"people":"oops"}}' });
    openPlanner(s, new Date('2025-04-02T10:00:00Z'));
    expect(s.getItem(PLANNER_KEY)).toBe('{"version":3,"data":{"people":"oops"}}');
    expect(backups(s)).toEqual(['{"version":3,"data":{"people":"oops"}}']);
  });

  test('still reports corrupt data when even the backup cannot be written', () => {
    const s = withMain('garbage');
    s.failWith = quotaError();
    expect(openPlanner(s, now)).toEqual({ mode: 'corrupt', reason: 'it is not valid JSON', raw: 'garbage', backupKey: null });
    expect(s.getItem(PLANNER_KEY)).toBe('garbage');
  });

  test('works in memory when reading storage throws, and says what the browser said', () => {
    const s = new FakeStorage();
    s.getItem = () => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    };
    expect(openPlanner(s, now)).toEqual({ mode: 'memory', reason: 'the browser blocks storage for this site (SecurityError)' });
    expect(openPlanner(null, now)).toEqual({ mode: 'memory', reason: 'this browser has no local storage' });
  });

  test('an old version whose upgrade throws is kept as corrupt and backed up, not lost', () => {
    const raw = fixture('v1.json');
    const s = withMain(raw);
    const broken = () => {
      throw new Error('upgrader failed');
    };
    expect(openPlanner(s, now, '', broken as unknown as typeof upgradeDocument)).toEqual({
      mode: 'corrupt',
      reason: 'it could not be read',
      raw,
      backupKey: PLANNER_BACKUP_PREFIX + now.toISOString(),
    });
    expect(s.getItem(PLANNER_KEY)).toBe(raw);
    expect(backups(s)).toEqual([raw]);
  });

  test('any string in storage opens without throwing and the raw value survives', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          plannerArb.map(serializePlanner).map((s) => s.slice(0, -3)),
        ),
        (raw) => {
          const s = withMain(raw);
          const opened = openPlanner(s, now, '', upgradeDocument);
          expect(s.getItem(PLANNER_KEY)).toBe(raw);
          if (opened.mode === 'corrupt') {
            expect(opened.raw).toBe(raw);
            expect(backups(s)).toEqual([raw]);
          } else {
            expect(['ok', 'readonly']).toContain(opened.mode);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('finding storage', () => {
  afterEach(() => void vi.unstubAllGlobals());

  test('uses the browser’s storage when it can be read', () => {
    const s = new FakeStorage();
    vi.stubGlobal('localStorage', s);
    expect(findStorage()).toEqual({ storage: s, reason: '' });
  });

  test('says there is none, or that the browser blocks it, naming what the browser threw', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(findStorage()).toEqual({ storage: null, reason: 'this browser has no local storage' });
    const blocked = new FakeStorage();
    blocked.getItem = () => {
      throw Object.assign(new Error('no'), { name: 'SecurityError' });
    };
    vi.stubGlobal('localStorage', blocked);
    expect(findStorage()).toEqual({ storage: null, reason: 'the browser blocks storage for this site (SecurityError)' });
    // Some browsers throw a DOMException-like object, or even a string.
    blocked.getItem = () => {
      throw { name: 'NotAllowedError' };
    };
    expect(findStorage().reason).toBe('the browser blocks storage for this site (NotAllowedError)');
    blocked.getItem = () => {
      throw 'denied';
    };
    expect(findStorage().reason).toBe('the browser blocks storage for this site (denied)');
  });
});

describe('backups of unreadable data', () => {
  test('reuse an identical backup however many keys come first, and otherwise add one dated now', () => {
    const s = new FakeStorage();
    s.items.set('unrelated', 'garbage');
    s.items.set(`${PLANNER_BACKUP_PREFIX}old`, 'other garbage');
    s.items.set(`${PLANNER_BACKUP_PREFIX}same`, 'garbage');
    expect(keepBackup(s, 'garbage', now)).toBe(`${PLANNER_BACKUP_PREFIX}same`);
    expect(keepBackup(s, 'new garbage', now)).toBe(PLANNER_BACKUP_PREFIX + now.toISOString());
    expect(s.items.get(PLANNER_BACKUP_PREFIX + now.toISOString())).toBe('new garbage');
    expect(s.items.size).toBe(4);
  });

  test('a key that is not a backup is never taken for one, even holding the same text', () => {
    const s = new FakeStorage();
    s.items.set('someone-else', 'garbage');
    expect(keepBackup(s, 'garbage', now)).toBe(PLANNER_BACKUP_PREFIX + now.toISOString());
  });
});

describe('writing', () => {
  test('writes the current version', () => {
    const s = new FakeStorage();
    expect(writePlanner(s, JSON.parse(fixture('v3.json')).data)).toMatchObject({ ok: true });
    expect(JSON.parse(s.getItem(PLANNER_KEY)!).version).toBe(3);
  });

  test('reports a full storage instead of throwing', () => {
    const s = new FakeStorage();
    s.failWith = quotaError();
    expect(writePlanner(s, JSON.parse(fixture('v3.json')).data)).toEqual({ ok: false, reason: expect.stringContaining('full') });
  });

  test.each([
    [{ name: 'QuotaExceededError' }, 'full'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'full'],
    [{ name: 'Error', code: 22 }, 'full'],
    [{ name: 'SecurityError' }, 'blocks storage'],
    [{ name: 'TypeError' }, 'refused to save (TypeError)'],
  ])('explains %o', (error, words) => {
    expect(describeWriteError(Object.assign(new Error('x'), error))).toContain(words);
  });

  test('explains errors that are not Error objects, in words', () => {
    const full = 'the browser’s storage for this site is full (or limited, as in some private windows)';
    expect(describeWriteError({ name: 'QuotaExceededError' })).toBe(full);
    expect(describeWriteError({ name: 'x', code: 1014 })).toBe(full);
    expect(describeWriteError({ code: 22 })).toBe(full);
    expect(describeWriteError({ name: 'SecurityError' })).toBe('the browser blocks storage for this site');
    expect(describeWriteError('disk on fire')).toBe('the browser refused to save (disk on fire)');
    expect(describeWriteError(null)).toBe('the browser refused to save (null)');
    expect(describeWriteError({ code: 7 })).toBe('the browser refused to save ([object Object])');
  });
});
