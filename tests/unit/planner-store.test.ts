// @vitest-environment happy-dom
import fc from 'fast-check';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PLANNER_CONFLICT_KEY, PLANNER_KEY as STORAGE_KEY } from '../../src/lib/storage-keys.ts';
import { FakeStorage, quotaError } from './fake-storage';
import { personFields as fields } from '../../scripts/lib/planner-fixtures.ts';

type Store = typeof import('../../src/stores/planner/planner.ts') & typeof import('../../src/stores/planner/persistence.ts');

// Stores of every tab opened so far, cleaned after each test as nanostores' own tests do.
let tabs: Store[] = [];

// Opening is synchronous except when older data waits for the upgrade code to load.
const opened = (store: Pick<Store, '$saveState'>) =>
  vi.waitFor(() => expect(store.$saveState.get().kind).not.toBe('loading'), { interval: 1 });

// Each call gives a fresh copy of the store modules: one per simulated browser tab. Like an
// island, the tab watches $saveState, which opens the saved planner (the store's onMount).
async function openTab(storage: FakeStorage | null): Promise<Store> {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage ?? undefined);
  const store = { ...(await import('../../src/stores/planner/planner.ts')), ...(await import('../../src/stores/planner/persistence.ts')) };
  tabs.push(store);
  keepMount(store.$saveState);
  keepMount(store.$syncNotice);
  await opened(store);
  return store;
}

// Browsers tell the other tabs about a write with a storage event; happy-dom tabs share a window.
const tellOtherTabs = (key: string, storage: FakeStorage) =>
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: storage.getItem(key) }));
const tick = (ms = 1000) => vi.setSystemTime(Date.now() + ms);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-04-01T10:00:00Z'));
});
afterEach(() => {
  for (const tab of tabs) cleanStores(tab.$saveState, tab.$syncNotice, tab.$readOnly, tab.$dueItems, tab.$today);
  tabs = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('saving', () => {
  test('saves each change and reloads it', async () => {
    const storage = new FakeStorage();
    const tab = await openTab(storage);
    tab.addPerson(fields('Ada'));
    expect(tab.$saveState.get()).toMatchObject({ kind: 'saved' });
    const again = await openTab(storage);
    expect(again.$planner.get().people.map((p) => p.name)).toEqual(['Ada']);
  });

  test('a failed write says why, keeps everything on the page, and the next change retries', async () => {
    const storage = new FakeStorage();
    const tab = await openTab(storage);
    tab.addPerson(fields('Ada'));
    storage.failWith = quotaError();
    tab.addPerson(fields('Ben'));
    expect(tab.$saveState.get()).toEqual({ kind: 'failed', reason: expect.stringContaining('full') });
    expect(tab.$planner.get().people.map((p) => p.name)).toEqual(['Ada', 'Ben']);
    storage.failWith = null;
    tab.addPerson(fields('Cy'));
    expect(tab.$saveState.get()).toMatchObject({ kind: 'saved' });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).data.people).toHaveLength(3);
  });

  test('works in memory without storage', async () => {
    const tab = await openTab(null);
    expect(tab.$saveState.get()).toEqual({ kind: 'memory', reason: 'this browser has no local storage' });
    tab.addPerson(fields('Ada'));
    expect(tab.$planner.get().people).toHaveLength(1);
  });

  test('corrupt data blocks editing until the reader starts fresh, and stays in the backup', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{broken');
    const tab = await openTab(storage);
    expect(tab.$saveState.get()).toMatchObject({ kind: 'corrupt', raw: '{broken' });
    tab.addPerson(fields('Ada'));
    expect(storage.getItem(STORAGE_KEY)).toBe('{broken');
    tab.startFresh();
    tab.addPerson(fields('Ada'));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).data.people).toHaveLength(1);
    expect([...storage.items.values()]).toContain('{broken');
  });

  test('a newer version is left untouched', async () => {
    const storage = new FakeStorage();
    const raw = '{"version":4,"data":{}}';
    storage.setItem(STORAGE_KEY, raw);
    const tab = await openTab(storage);
    expect(tab.$saveState.get()).toEqual({ kind: 'readonly', version: 4 });
    tab.addPerson(fields('Ada'));
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });
});

describe('derived stores', () => {
  test('read-only while the saved planner comes from a newer version or cannot be read, until the reader starts fresh', async () => {
    const storage = new FakeStorage();
    expect((await openTab(storage)).$readOnly.get()).toBe(false);
    storage.setItem(STORAGE_KEY, '{"version":99,"data":{}}');
    expect((await openTab(storage)).$readOnly.get()).toBe(true);
    storage.setItem(STORAGE_KEY, '{broken');
    const tab = await openTab(storage);
    expect(tab.$readOnly.get()).toBe(true);
    tab.startFresh();
    expect(tab.$readOnly.get()).toBe(false);
  });

  test('the due list follows the conversations and the day', async () => {
    const tab = await openTab(new FakeStorage());
    const personId = tab.addPerson(fields('Ada'));
    const conversation = tab.$planner.get().conversations.find((c) => c.personId === personId)!;
    expect(tab.$dueItems.get()).toEqual([]);
    tab.takeStep(conversation.id, 'ask');
    expect(tab.$dueItems.get()).toMatchObject([{ kind: 'nudge', state: 'upcoming' }]);
    tab.refreshToday(new Date('2025-04-09T10:00:00Z'));
    expect(tab.$dueItems.get()).toMatchObject([{ kind: 'nudge', state: 'due' }]);
  });
});

describe('undo', () => {
  test('brings back a deleted person and their conversations', async () => {
    const tab = await openTab(new FakeStorage());
    const id = tab.addPerson(fields('Ada'));
    tick();
    tab.deletePerson(id);
    expect(tab.$planner.get().people).toEqual([]);
    expect(tab.$plannerUndo.get()?.label).toBe('Deleted Ada and their conversations.');
    tick();
    await tab.undoPlanner();
    expect(tab.$planner.get().people.map((p) => p.name)).toEqual(['Ada']);
    expect(tab.$planner.get().conversations).toHaveLength(1);
  });
});

describe('two tabs', () => {
  test('an edit in one tab appears in the other, and edits to different people are both kept', async () => {
    const storage = new FakeStorage();
    const one = await openTab(storage);
    const two = await openTab(storage);
    one.addPerson(fields('Ada'));
    tellOtherTabs(STORAGE_KEY, storage);
    expect(two.$planner.get().people.map((p) => p.name)).toEqual(['Ada']);
    expect(two.$syncNotice.get()).toBe('Updated with changes made in another tab.');
    tick();
    // Both tabs write before hearing from the other.
    one.addPerson(fields('Ben'));
    const afterOne = storage.getItem(STORAGE_KEY);
    two.addPerson(fields('Cy'));
    tellOtherTabs(STORAGE_KEY, storage);
    expect(afterOne).not.toBe(storage.getItem(STORAGE_KEY));
    for (const tab of [one, two])
      expect(
        tab.$planner
          .get()
          .people.map((p) => p.name)
          .sort(),
      ).toEqual(['Ada', 'Ben', 'Cy']);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).data.people).toHaveLength(3);
  });

  test('when both edit the same person the last write wins and the other tab says so', async () => {
    const storage = new FakeStorage();
    const one = await openTab(storage);
    const two = await openTab(storage);
    const id = one.addPerson(fields('Ada'));
    tellOtherTabs(STORAGE_KEY, storage);
    // Both open the form on the same version.
    const base = one.$planner.get().people[0]!.updatedAt;
    tick();
    one.savePerson(id, fields('Ada', { role: 'from tab one' }), base);
    tellOtherTabs(STORAGE_KEY, storage);
    tick();
    two.savePerson(id, fields('Ada', { notes: 'from tab two' }), base);
    expect(two.$syncNotice.get()).toContain('Ada was also changed in another tab');
    tellOtherTabs(STORAGE_KEY, storage);
    tellOtherTabs(PLANNER_CONFLICT_KEY, storage);
    expect(one.$syncNotice.get()).toBe('Your change to Ada was replaced by a later change made in another tab.');
    for (const tab of [one, two]) expect(tab.$planner.get().people[0]).toMatchObject({ role: '', notes: 'from tab two' });
  });
});

test('any string in storage lets the planner open without throwing and keeps the raw value', async () => {
  vi.resetModules();
  const persistence = await import('../../src/stores/planner/persistence.ts');
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.json(),
        fc.constantFrom('{"version":1,"data":{}}', '{"version":2}', '{"version":99,"data":[]}'),
      ),
      async (raw) => {
        persistence.resetPersistence();
        const storage = new FakeStorage();
        storage.setItem(STORAGE_KEY, raw);
        vi.stubGlobal('localStorage', storage);
        keepMount(persistence.$saveState);
        await opened(persistence);
        const state = persistence.$saveState.get();
        cleanStores(persistence.$saveState);
        expect(['saved', 'corrupt', 'readonly']).toContain(state.kind);
        expect(storage.getItem(STORAGE_KEY)).toBe(raw);
        if (state.kind === 'corrupt') expect([...storage.items.values()].filter((v) => v === raw).length).toBe(2);
      },
    ),
    { numRuns: 300 },
  );
}, 60_000);
