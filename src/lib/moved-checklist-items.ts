import type { Step } from '../schemas/step';

/** A checklist item that now lives on another step, as its old step's page shows it. */
export interface MovedItem {
  /** The item's id: still the anchor on the old page, and the anchor on the new one. */
  id: string;
  text: string;
  /** The step it lives on now. */
  to: Pick<Step, 'id' | 'order' | 'title'>;
}

/** The items that moved away from `stepId` to other steps, in step order then checklist order. */
export function movedAwayFrom(steps: Pick<Step, 'id' | 'order' | 'title' | 'checklist'>[], stepId: string): MovedItem[] {
  return [...steps]
    .sort((a, b) => a.order - b.order)
    .flatMap((step) =>
      step.checklist
        .filter((item) => item.movedFrom === stepId)
        .map((item) => ({ id: item.id, text: item.text, to: { id: step.id, order: step.order, title: step.title } })),
    );
}

/**
 * What would break a moved item's old link or its saved ticks: a `movedFrom` naming no step or
 * the item's own step, or an old step that still has a live item with the same id (two elements
 * would share the anchor). One message per problem, naming the file and the field.
 */
export function movedItemProblems(steps: { filePath: string; data: Step }[]): string[] {
  const byId = new Map(steps.map((s) => [s.data.id, s]));
  const problems: string[] = [];
  for (const step of steps) {
    step.data.checklist.forEach((item, index) => {
      if (item.movedFrom === undefined) return;
      const field = `${step.filePath}: field "checklist.${index}.movedFrom"`;
      const old = byId.get(item.movedFrom);
      if (!old) problems.push(`${field}: no step has the id "${item.movedFrom}"`);
      else if (old === step) problems.push(`${field}: an item cannot move from its own step`);
      else if (old.data.checklist.some((i) => i.id === item.id)) {
        problems.push(`${field}: ${old.filePath} still has a checklist item "${item.id}", so the old link would be ambiguous`);
      }
    });
  }
  return problems;
}
