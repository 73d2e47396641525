// The class packs a student holds, saved in this browser only (PACKS_KEY). Each is kept as its
// link fragment, so what is saved is exactly what the counselor sent and is read back through the
// same checks; beside it, the day it was first opened (a goal "within 42 days" counts from then)
// and the student's own ticks. The parser never throws; whatever it cannot read is reported so
// the caller can keep the raw text aside before writing.
import { readDate } from './format.ts';

/** One pack the student holds. */
export interface SavedPack {
  /** Stable id: `p:<edition pack id>`, or a hash of the link's fragment. */
  id: string;
  /** The pack's fragment (without `#`): what the link carried. */
  fragment: string;
  /** The day it was first opened here, YYYY-MM-DD. */
  opened: string;
  /** Keys of the readings ticked as done (src/lib/pack/format.ts readingKey). */
  ticks: string[];
  /** The pack's goal as a target for the planner (src/lib/pack/goals.ts), worked out when it was opened. */
  goal?: SavedGoal;
}

/** A goal as the planner shows it: the pack's name, how many conversations, by which day. */
export interface SavedGoal {
  title: string;
  count: number;
  /** YYYY-MM-DD. */
  due: string;
}

function readGoal(value: unknown): SavedGoal | undefined {
  const g = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const due = typeof g.due === 'string' ? readDate(g.due) : undefined;
  const count = g.count;
  if (typeof g.title !== 'string' || !Number.isInteger(count) || (count as number) < 1 || (count as number) > 20 || !due) return undefined;
  return { title: g.title.slice(0, 100), count: count as number, due };
}

/** Most packs kept at once: a student in a few classes, with room to spare. */
export const MAX_SAVED_PACKS = 20;

/** Reads the saved list; `ok` is false when something in it could not be read. */
export function parseSavedPacks(raw: string | null): { packs: SavedPack[]; ok: boolean } {
  if (raw === null) return { packs: [], ok: true };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { packs: [], ok: false };
  }
  const list = (value as { v?: unknown; packs?: unknown } | null)?.packs;
  if (!Array.isArray(list) || (value as { v?: unknown }).v !== 1) return { packs: [], ok: false };
  const packs: SavedPack[] = [];
  let ok = true;
  for (const entry of list.slice(0, MAX_SAVED_PACKS)) {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const opened = typeof e.opened === 'string' ? readDate(e.opened) : undefined;
    if (typeof e.id === 'string' && e.id && typeof e.fragment === 'string' && opened && !packs.some((p) => p.id === e.id)) {
      const ticks = Array.isArray(e.ticks) ? e.ticks.filter((t): t is string => typeof t === 'string') : [];
      const goal = readGoal(e.goal);
      packs.push({ id: e.id, fragment: e.fragment, opened, ticks: [...new Set(ticks)], ...(goal ? { goal } : {}) });
      if (e.goal !== undefined && !goal) ok = false;
    } else ok = false;
  }
  return { packs, ok: ok && list.length <= MAX_SAVED_PACKS };
}

/** The saved form; parseSavedPacks reads it back. */
export const serializeSavedPacks = (packs: readonly SavedPack[]): string => JSON.stringify({ v: 1, packs });

/** A short stable id for a pack link: FNV-1a of its fragment, in base 36. */
export function packId(fragment: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < fragment.length; i++) hash = Math.imul(hash ^ fragment.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * The list with `pack` first: added when new, its fragment refreshed when held already (ticks and
 * opening day stay). `goalFrom` gives the goal from the day it was first opened.
 */
export function holdPack(
  packs: readonly SavedPack[],
  pack: Omit<SavedPack, 'ticks' | 'goal'>,
  goalFrom: (opened: string) => SavedGoal | undefined = () => undefined,
): SavedPack[] {
  const held = packs.find((p) => p.id === pack.id);
  const { id, opened, ticks } = held ?? { ...pack, ticks: [] };
  const goal = goalFrom(opened);
  const first: SavedPack = { id, fragment: pack.fragment, opened, ticks, ...(goal ? { goal } : {}) };
  return [first, ...packs.filter((p) => p.id !== pack.id)].slice(0, MAX_SAVED_PACKS);
}

/** The list with one reading of one pack ticked or unticked. */
export function tickReading(packs: readonly SavedPack[], id: string, key: string, done: boolean): SavedPack[] {
  return packs.map((p) => (p.id === id ? { ...p, ticks: done ? [...new Set([...p.ticks, key])] : p.ticks.filter((t) => t !== key) } : p));
}
