// Questions live inside category files, so they layer one level down from the categories
// (layers.ts): after the categories are merged, an edition's own category file may hold a question
// with the id of one of the project's. That is a replacement only when edition.yaml lists the id
// under replace.questions; the edition's question then stands where its file puts it, and the
// project's category no longer lists the old one. Hidden questions leave the project's categories.
import { unknownIds, type LayerRules, type Merged } from './layers.ts';

/** A question category as layering sees it: its file and its questions' ids. */
export interface LayeredCategory {
  filePath?: string;
  data: { id: string; questions: { id: string }[] };
}

/**
 * Applies `hide.questions` and `replace.questions` to merged categories. `isOwn` tells the
 * edition's files from the project's; `projectIds` are every question id in the project's files.
 */
export function layerQuestions<T extends LayeredCategory>(
  categories: T[],
  isOwn: (c: T) => boolean,
  projectIds: readonly string[],
  rules: LayerRules,
): Merged<T> {
  const problems = [
    ...unknownIds('hide', 'question', rules.hidden, projectIds, rules),
    ...unknownIds('replace', 'question', rules.replaced, projectIds, rules),
  ];
  const projectFile = new Map<string, string>();
  for (const c of categories) if (!isOwn(c)) for (const q of c.data.questions) projectFile.set(q.id, c.filePath ?? '(unknown file)');
  const hidden = new Set(rules.hidden);
  const replaced = new Set(rules.replaced);
  const leaveOut = new Set(rules.hidden);
  const ownIds = new Set<string>();
  for (const c of categories.filter(isOwn)) {
    c.data.questions.forEach((q, index) => {
      ownIds.add(q.id);
      const theirs = projectFile.get(q.id);
      if (!theirs) return;
      const where = `${c.filePath ?? '(unknown file)'}: field "questions.${index}.id"`;
      if (hidden.has(q.id)) {
        problems.push(
          `${where}: question "${q.id}" is both replaced here and hidden in ${rules.settingsFile} (hide.questions); do one or the other`,
        );
      } else if (!replaced.has(q.id)) {
        problems.push(
          `${where}: question id "${q.id}" is already used by the project's ${theirs}. To replace the project's question on purpose, ` +
            `add "${q.id}" to replace.questions in ${rules.settingsFile}; otherwise give yours an id of its own`,
        );
      } else leaveOut.add(q.id);
    });
  }
  rules.replaced.forEach((id, index) => {
    if (projectIds.includes(id) && !ownIds.has(id)) {
      problems.push(
        `${rules.settingsFile}: field "replace.questions.${index}": no question category of this edition has a question with the id "${id}", ` +
          `so nothing replaces the project's; add one, or remove it from the list (to leave the project's out, use hide.questions)`,
      );
    }
  });
  const entries = categories.map((c) =>
    !isOwn(c) && c.data.questions.some((q) => leaveOut.has(q.id))
      ? { ...c, data: { ...c.data, questions: c.data.questions.filter((q) => !leaveOut.has(q.id)) } }
      : c,
  );
  return { entries, problems };
}
