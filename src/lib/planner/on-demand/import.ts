import type { PlannerData } from '../../../schemas/planner.ts';
import { readDocument } from '../document.ts';
import { upgradeDocument } from '../upgrade/upgrade.ts';
import { PLANNER_VERSION } from '../values.ts';

/** Largest backup file the planner reads; far above 1,000 people, far below what freezes a tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The result of reading a backup file: the data, or one sentence saying what is wrong. */
export type ParsedImport = { ok: true; data: PlannerData } | { ok: false; error: string };

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Reads and checks a backup file's text without changing anything. */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is too large to be a planner backup (over 20 MB).' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON, so it cannot be a planner backup. Choose the .json file that “Export backup” made.' };
  }
  const read = readDocument(doc, upgradeDocument);
  if (read.kind === 'corrupt') return { ok: false, error: `The file is not a valid planner backup: ${read.reason}.` };
  if (read.kind === 'newer') {
    return {
      ok: false,
      error: `The file was made by a newer version of the planner (version ${read.version}); this page reads up to version ${PLANNER_VERSION}. Reload the page to get the latest planner.`,
    };
  }
  if (read.kind === 'empty' || read.kind === 'outdated') return { ok: false, error: 'The file is not a valid planner backup.' };
  const { data } = read;
  const twice = duplicates([...data.people.map((p) => p.id), ...data.conversations.map((c) => c.id)]);
  if (twice.length > 0)
    return { ok: false, error: `The file is not a valid planner backup: the id "${twice[0]}" is used by more than one record.` };
  const people = new Set(data.people.map((p) => p.id));
  const orphan = data.conversations.findIndex((c) => !people.has(c.personId));
  if (orphan >= 0)
    return {
      ok: false,
      error: `The file is not a valid planner backup: data.conversations[${orphan}] belongs to a person who is not in the file.`,
    };
  return { ok: true, data };
}

/** How to bring a backup in: add it to what is here, or make the planner exactly the backup. */
export type ImportMode = 'merge' | 'replace';

/** What an import would do, for the reader to confirm. */
export interface ImportPreview {
  addPeople: number;
  replacePeople: number;
  addConversations: number;
  replaceConversations: number;
  /** Records here that a replace removes (zero for a merge). */
  removePeople: number;
  removeConversations: number;
  profileChanges: boolean;
}

function countChanges<T extends { id: string }>(current: T[], incoming: T[]) {
  const here = new Map(current.map((r) => [r.id, JSON.stringify(r)]));
  const ids = new Set(incoming.map((r) => r.id));
  let add = 0;
  let replace = 0;
  for (const r of incoming) {
    const mine = here.get(r.id);
    if (mine === undefined) add++;
    else if (mine !== JSON.stringify(r)) replace++;
  }
  return { add, replace, remove: current.filter((r) => !ids.has(r.id)).length };
}

const hasProfile = (p: PlannerData['profile']) => p.updatedAt !== null;

/** Counts what `mode` would add, replace and remove. */
export function previewImport(current: PlannerData, incoming: PlannerData, mode: ImportMode): ImportPreview {
  const people = countChanges(current.people, incoming.people);
  const conversations = countChanges(current.conversations, incoming.conversations);
  return {
    addPeople: people.add,
    replacePeople: people.replace,
    addConversations: conversations.add,
    replaceConversations: conversations.replace,
    removePeople: mode === 'replace' ? people.remove : 0,
    removeConversations: mode === 'replace' ? conversations.remove : 0,
    profileChanges:
      (mode === 'replace' || hasProfile(incoming.profile)) && JSON.stringify(current.profile) !== JSON.stringify(incoming.profile),
  };
}

// Imported records that differ from what is here get a fresh updatedAt: the import is the newest
// change, and another open tab must take it rather than merge its older copy back in.
function bring<T extends { id: string; updatedAt: string }>(current: T[], incoming: T[], now: string, keepOthers: boolean): T[] {
  const here = new Map(current.map((r) => [r.id, r]));
  const ids = new Set(incoming.map((r) => r.id));
  const brought = incoming.map((r) => {
    const mine = here.get(r.id);
    return mine && JSON.stringify(mine) === JSON.stringify(r) ? r : { ...r, updatedAt: now };
  });
  return keepOthers ? [...current.filter((r) => !ids.has(r.id)), ...brought] : brought;
}

/** Applies a checked backup. */
export function applyImport(current: PlannerData, incoming: PlannerData, mode: ImportMode, now: string): PlannerData {
  const keep = mode === 'merge';
  const people = bring(current.people, incoming.people, now, keep);
  const conversations = bring(current.conversations, incoming.conversations, now, keep);
  const present = new Set([...people, ...conversations].map((r) => r.id));
  const removed = [...current.people, ...current.conversations]
    .filter((r) => !present.has(r.id))
    .map((r) => ({ id: r.id, deletedAt: now }));
  const takeProfile =
    (mode === 'replace' || hasProfile(incoming.profile)) && JSON.stringify(current.profile) !== JSON.stringify(incoming.profile);
  return {
    profile: takeProfile ? { ...incoming.profile, updatedAt: now } : current.profile,
    people,
    conversations,
    deleted: [...current.deleted.filter((t) => !present.has(t.id)), ...removed],
  };
}
