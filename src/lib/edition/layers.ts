// Layering (issue #15): an edition with `extends: default` sits on top of the project's content.
// Its entries are added, an entry with the id of a project entry replaces it in place, and ids in
// edition.yaml's `hide` lists are left out. Pure functions, so the rules are unit-tested.

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

const fileOf = (e: Layerable) => e.filePath ?? '(unknown file)';

/**
 * Merges one collection: `base` (the project's entries, or the folder's own without layering),
 * `own` (the edition's), `hidden` (edition.yaml `hide.<field>`). Replacements keep the base
 * entry's place; new entries follow the base ones, in their own order.
 */
export function mergeById<T extends Layerable>(
  kind: string,
  base: T[],
  own: T[],
  hide: { ids: readonly string[]; field: string; settingsFile: string },
): Merged<T> {
  const problems: string[] = [];
  const baseIds = new Set(base.map((e) => e.data.id));
  const hidden = new Set(hide.ids);
  hide.ids.forEach((id, index) => {
    if (!baseIds.has(id)) {
      problems.push(
        `${hide.settingsFile}: field "hide.${hide.field}.${index}": no ${kind} in the project's content has the id "${id}"; check the spelling`,
      );
    }
  });
  const replacements = new Map<string, T>();
  const added: T[] = [];
  for (const entry of own) {
    const id = entry.data.id;
    const earlier = replacements.get(id) ?? added.find((e) => e.data.id === id);
    if (earlier) {
      problems.push(
        `${fileOf(entry)}: field "id": ${kind} id "${id}" is also used by ${fileOf(earlier)} in this edition. Give each new ${kind} its own id; to replace the project's ${kind} "${id}", use that id in one file only`,
      );
    } else if (hidden.has(id)) {
      problems.push(
        `${fileOf(entry)}: field "id": ${kind} "${id}" is both replaced here and hidden in ${hide.settingsFile} (hide.${hide.field}); do one or the other`,
      );
    } else if (baseIds.has(id)) replacements.set(id, entry);
    else added.push(entry);
  }
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
