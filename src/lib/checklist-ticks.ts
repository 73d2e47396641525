/** Ticked checklist items per step: `{ [stepId]: itemId[] }`, as saved in localStorage. */
export type Ticks = Record<string, string[]>;

/**
 * Reads saved ticks. Never throws: `ok` is false when the saved text was not a ticks object,
 * and then the caller keeps the raw text aside before writing anything new.
 */
export function parseTicks(raw: string | null): { ticks: Ticks; ok: boolean } {
  if (raw === null) return { ticks: {}, ok: true };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ticks: {}, ok: false };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ticks: {}, ok: false };
  const ticks: Ticks = {};
  let ok = true;
  for (const [step, items] of Object.entries(value)) {
    if (Array.isArray(items) && items.every((i) => typeof i === 'string')) ticks[step] = [...new Set(items as string[])];
    else ok = false;
  }
  return { ticks, ok };
}

/** Returns new ticks with one item ticked or unticked. */
export function setTick(ticks: Ticks, stepId: string, itemId: string, ticked: boolean): Ticks {
  const current = new Set(ticks[stepId] ?? []);
  if (ticked) current.add(itemId);
  else current.delete(itemId);
  return { ...ticks, [stepId]: [...current] };
}
