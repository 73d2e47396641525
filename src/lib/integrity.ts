// Every build-time check of the handbook's content in one place: src/data/handbook.ts runs them
// when the handbook loads, so any page's build fails on a problem, naming the file and the field.
import type { QuestionCategory } from '../schemas/question';
import type { Step } from '../schemas/step';
import { movedItemProblems } from './moved-checklist-items';
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
  /** The starter sheets (the edition's presets.yaml), whose questions must be in the bank. */
  presets: readonly Preset[];
  /** The file the starter sheets came from, for messages (content/presets.yaml by default). */
  presetsFile?: string;
}

function duplicates<T>(items: T[], key: (item: T) => string, describe: (item: T, firstSeen: T) => string): string[] {
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
 * categories), question aliases that each name one question and never a live id, every
 * reference pointing at an entry that exists (a question's old id counts, as it resolves), and the
 * starter sheets against the bank. Returns one message per problem, each naming the file and the field.
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
  problems.push(...movedItemProblems(entries.steps));

  const allQuestions = entries.questions.flatMap((c) => c.data.questions.map((q, index) => ({ filePath: c.filePath, id: q.id, index })));
  problems.push(
    ...duplicates(
      allQuestions,
      (q) => q.id,
      (q, first) => `${q.filePath}: field "questions.${q.index}.id": question id "${q.id}" is already used in ${first.filePath}`,
    ),
  );

  // Aliases: the old ids of merged questions. Each must name exactly one live question, so an
  // alias may not be a live id (which question would a link mean?) nor appear twice.
  const liveIds = new Map(allQuestions.map((q) => [q.id, q.filePath]));
  const aliasSeen = new Map<string, { filePath: string; id: string }>();
  for (const c of entries.questions) {
    c.data.questions.forEach((q, index) => {
      (q.aliases ?? []).forEach((alias, aliasIndex) => {
        const where = `${c.filePath}: field "questions.${index}.aliases.${aliasIndex}"`;
        const live = liveIds.get(alias);
        const earlier = aliasSeen.get(alias);
        if (live !== undefined) {
          problems.push(
            `${where}: alias "${alias}" of question "${q.id}" is the id of a live question in ${live}; an old id can only point at one question`,
          );
        } else if (earlier) {
          problems.push(
            `${where}: alias "${alias}" of question "${q.id}" is already an alias of question "${earlier.id}" in ${earlier.filePath}`,
          );
        } else {
          aliasSeen.set(alias, { filePath: c.filePath, id: q.id });
        }
      });
    });
  }

  // Moved questions: old ids a category page keeps an anchor for, pointing at the kept question
  // in another category. Each must be an alias of a question elsewhere, listed on one page only.
  const movedSeen = new Map<string, string>();
  for (const c of entries.questions) {
    (c.data.movedQuestions ?? []).forEach((old, index) => {
      const where = `${c.filePath}: field "movedQuestions.${index}"`;
      const target = aliasSeen.get(old);
      const earlier = movedSeen.get(old);
      if (!target) {
        problems.push(`${where}: "${old}" is not an alias of any question; list it in the "aliases" of the question it was merged into`);
      } else if (target.filePath === c.filePath) {
        problems.push(
          `${where}: "${old}" is an alias of "${target.id}" in this same category, whose entry already keeps its anchor; remove it here`,
        );
      } else if (earlier) {
        problems.push(`${where}: "${old}" is already listed as moved in ${earlier}`);
      } else {
        movedSeen.set(old, c.filePath);
      }
    });
  }

  for (const step of entries.steps) {
    problems.push(
      ...duplicates(
        step.data.checklist.map((item, index) => ({ ...item, index })),
        (item) => item.id,
        (item) => `${step.filePath}: field "checklist.${item.index}.id": checklist id "${item.id}" appears twice in this step`,
      ),
    );
  }

  const known = {
    tips: new Set(entries.tips.map((e) => e.data.id)),
    // A step may still name a merged question by its old id: it resolves to the kept question.
    questions: new Set([...allQuestions.map((q) => q.id), ...aliasSeen.keys()]),
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
  problems.push(...findPresetProblems(entries.presets, known.questions, entries.presetsFile));
  return problems;
}

/** Fails (the build) with every problem that findIntegrityProblems finds, one per line. */
export function assertContentSound(entries: HandbookEntries): void {
  const problems = findIntegrityProblems(entries);
  if (problems.length > 0) {
    throw new Error(`The handbook content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}
