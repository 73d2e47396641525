// Layering (issue #15): an edition with `extends: default` sits on top of the project's content.
// Its entries are added; an entry with the id of a project entry replaces it in place, but only
// when edition.yaml lists that id under `replace` (issue #25: a copied id must not silently hide
// the project's entry); ids in edition.yaml's `hide` lists are left out. Pure functions, so the
// rules are unit-tested.
import { closest } from './did-you-mean.ts';

/** Anything loaded from a file with a stable id. */
export interface Layerable {
  filePath?: string;
  data: { id: string };
}

/** What a merge returns: the entries pages see, and one message per problem. */
export interface Merged<T> {
  entries: T[];
  problems: string[];
}

/** edition.yaml's say over one collection: its field name in `hide`/`replace`, and the ids listed. */
export interface LayerRules {
  field: string;
  settingsFile: string;
  hidden: readonly string[];
  replaced: readonly string[];
}

const fileOf = (e: Layerable) => e.filePath ?? '(unknown file)';

/** "; did you mean "x"?" when a listed id is one typo away from a known one. */
export const didYouMean = (id: string, known: readonly string[]) => {
  const guess = closest(id, known);
  return guess ? `; did you mean "${guess}"?` : '; check the spelling';
};

/** One problem per id listed under `<list>.<field>` in edition.yaml that no project entry has. */
export function unknownIds(list: 'hide' | 'replace', kind: string, ids: readonly string[], known: readonly string[], rules: LayerRules) {
  const knownSet = new Set(known);
  return ids.flatMap((id, index) =>
    knownSet.has(id)
      ? []
      : [
          `${rules.settingsFile}: field "${list}.${rules.field}.${index}": no ${kind} in the project's content has the id "${id}"${didYouMean(id, known)}`,
        ],
  );
}

/**
 * Merges one collection: `base` (the project's entries, or the folder's own without layering),
 * `own` (the edition's) and edition.yaml's `hide`/`replace` lists for it. Replacements keep the
 * base entry's place; new entries follow the base ones, in their own order.
 */
export function mergeById<T extends Layerable>(kind: string, base: T[], own: T[], rules: LayerRules): Merged<T> {
  const baseIds = base.map((e) => e.data.id);
  const baseById = new Map(base.map((e) => [e.data.id, e]));
  const hidden = new Set(rules.hidden);
  const replaced = new Set(rules.replaced);
  const { settingsFile, field } = rules;
  const problems = [
    ...unknownIds('hide', kind, rules.hidden, baseIds, rules),
    ...unknownIds('replace', kind, rules.replaced, baseIds, rules),
  ];
  const replacements = new Map<string, T>();
  const added: T[] = [];
  const clashing = new Set<string>();
  for (const entry of own) {
    const id = entry.data.id;
    const earlier = replacements.get(id) ?? added.find((e) => e.data.id === id);
    const projects = baseById.get(id);
    if (earlier) {
      problems.push(
        `${fileOf(entry)}: field "id": ${kind} id "${id}" is also used by ${fileOf(earlier)} in this edition. Give each new ${kind} its own id; to replace the project's ${kind} "${id}", use that id in one file only`,
      );
    } else if (hidden.has(id) && projects) {
      clashing.add(id);
      problems.push(
        `${fileOf(entry)}: field "id": ${kind} "${id}" is both replaced here and hidden in ${settingsFile} (hide.${field}); do one or the other`,
      );
    } else if (projects && !replaced.has(id)) {
      problems.push(
        `${fileOf(entry)}: field "id": ${kind} id "${id}" is already used by the project's ${fileOf(projects)}. ` +
          `To replace the project's ${kind} on purpose, add "${id}" to replace.${field} in ${settingsFile}; otherwise give yours an id of its own`,
      );
    } else if (projects) replacements.set(id, entry);
    else added.push(entry);
  }
  rules.replaced.forEach((id, index) => {
    if (baseById.has(id) && !replacements.has(id) && !clashing.has(id)) {
      problems.push(
        `${settingsFile}: field "replace.${field}.${index}": no ${kind} of this edition has the id "${id}", so nothing replaces the project's; ` +
          `add a ${kind} with that id to your edition, or remove it from the list (to leave the project's out, use hide.${field})`,
      );
    }
  });
  const entries = [...base.filter((e) => !hidden.has(e.data.id)).map((e) => replacements.get(e.data.id) ?? e), ...added];
  return { entries, problems };
}

/** A hint for an integrity message that names an id the edition hides, so the fix is clear. */
export function explainHidden(problem: string, hidden: Map<string, string>): string {
  for (const [id, where] of hidden) {
    if (problem.includes(`has the id "${id}"`)) return `${problem}, because ${where} hides it; remove the reference, or stop hiding it`;
  }
  return problem;
}
