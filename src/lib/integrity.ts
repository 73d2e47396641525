// Every build-time check of the handbook's content in one place: src/data/handbook.ts runs them
// when the handbook loads, so any page's build fails on a problem, naming the file and the field.
import type { QuestionCategory } from '../schemas/question';
import type { Step } from '../schemas/step';
import { findPresetProblems, type Preset } from './sheet/presets.ts';

/** One loaded entry: where it came from and its validated data. */
export interface Sourced<T> {
  filePath: string;
  data: T;
}

/** Everything the cross-collection checks need to see at once. */
export interface HandbookEntries {
  steps: Sourced<Step>[];
  tips: Sourced<{ id: string }>[];
  questions: Sourced<QuestionCategory>[];
  templates: Sourced<{ id: string }>[];
  guides: Sourced<{ id: string }>[];
  /** The starter sheets (src/data/presets.ts), whose questions must be in the bank. */
  presets: readonly Preset[];
}

function duplicates<T>(
  items: T[],
  key: (item: T) => string,
  describe: (item: T, firstSeen: T) => string,
): string[] {
  const seen = new Map<string, T>();
  const problems: string[] = [];
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first) problems.push(describe(item, first));
    else seen.set(k, item);
  }
  return problems;
}

/**
 * Checks what a single schema cannot: ids unique within a collection (question ids across all
 * categories), every reference pointing at an entry that exists, and the starter sheets against
 * the bank. Returns one message per problem, each naming the file and the field.
 */
export function findIntegrityProblems(entries: HandbookEntries): string[] {
  const problems: string[] = [];
  const byId = (kind: string) => (e: Sourced<{ id: string }>, first: Sourced<{ id: string }>) =>
    `${e.filePath}: field "id": ${kind} id "${e.data.id}" is already used by ${first.filePath}`;

  problems.push(...duplicates(entries.steps, (e) => e.data.id, byId('step')));
  problems.push(...duplicates(entries.tips, (e) => e.data.id, byId('tip')));
  problems.push(...duplicates(entries.templates, (e) => e.data.id, byId('template')));
  problems.push(...duplicates(entries.guides, (e) => e.data.id, byId('guide')));
  problems.push(...duplicates(entries.questions, (e) => e.data.id, byId('question category')));
  problems.push(
    ...duplicates(
      entries.steps,
      (e) => String(e.data.order),
      (e, first) => `${e.filePath}: field "order": step order ${e.data.order} is already used by ${first.filePath}`,
    ),
  );

  const allQuestions = entries.questions.flatMap((c) =>
    c.data.questions.map((q, index) => ({ filePath: c.filePath, id: q.id, index })),
  );
  problems.push(
    ...duplicates(
      allQuestions,
      (q) => q.id,
      (q, first) =>
        `${q.filePath}: field "questions.${q.index}.id": question id "${q.id}" is already used in ${first.filePath}`,
    ),
  );

  for (const step of entries.steps) {
    problems.push(
      ...duplicates(
        step.data.checklist.map((item, index) => ({ ...item, index })),
        (item) => item.id,
        (item) =>
          `${step.filePath}: field "checklist.${item.index}.id": checklist id "${item.id}" appears twice in this step`,
      ),
    );
  }

  const known = {
    tips: new Set(entries.tips.map((e) => e.data.id)),
    questions: new Set(allQuestions.map((q) => q.id)),
    templates: new Set(entries.templates.map((e) => e.data.id)),
  };
  for (const step of entries.steps) {
    for (const field of ['tips', 'questions', 'templates'] as const) {
      step.data[field].forEach((ref, index) => {
        if (!known[field].has(ref)) {
          problems.push(`${step.filePath}: field "${field}.${index}": no ${field.replace(/s$/, '')} has the id "${ref}"`);
        }
      });
    }
  }
  problems.push(...findPresetProblems(entries.presets, known.questions));
  return problems;
}

/** Fails (the build) with every problem that findIntegrityProblems finds, one per line. */
export function assertContentSound(entries: HandbookEntries): void {
  const problems = findIntegrityProblems(entries);
  if (problems.length > 0) {
    throw new Error(`The handbook content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}
