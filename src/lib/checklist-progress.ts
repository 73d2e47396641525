// Progress through the steps, read from the checklist ticks for the home page (StepsProgress.astro).
// It only counts, so it reads the saved ticks leniently: whatever it cannot read counts as not
// ticked. Keeping, backing up and writing ticks is the step pages' job (./checklist-ticks.ts).

/** The saved ticks per step, or an empty object when there are none or they cannot be read. */
export function readTicked(raw: string | null): Record<string, unknown> {
  try {
    const value = JSON.parse(raw!);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** How many of a step's items are ticked, ignoring ids that no longer exist in the step. */
export function countTicked(ticked: Record<string, unknown>, stepId: string, itemIds: string[]): number {
  const saved = ticked[stepId];
  return Array.isArray(saved) ? itemIds.filter((id) => saved.includes(id)).length : 0;
}
