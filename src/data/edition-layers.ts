// Which loaded entries are the edition's own, and the merge that layers them over the project's
// (src/lib/edition/layers.ts), with edition.yaml's lists for each collection.
import path from 'node:path';
import { edition } from 'virtual:handbook/edition';
import { mergeById, type Layerable } from '../lib/edition/layers';

/**
 * The edition's layers (issue #15): which loaded entries are the edition's own, and a merge that
 * applies edition.yaml's `replace` and `hide` lists, collecting every problem.
 */
export function editionLayers() {
  const { settings, settingsFile, layered } = edition;
  const ownPrefix = `${path.relative('.', edition.dir)}/`;
  const isOwn = (e: { filePath?: string }) => layered && (e.filePath ?? '').startsWith(ownPrefix);
  const problems: string[] = [];
  const rules = (field: keyof typeof settings.replace) => ({
    field,
    settingsFile,
    hidden: field === 'steps' ? [] : settings.hide[field],
    replaced: settings.replace[field],
  });
  const merge = <T extends Layerable>(kind: string, all: T[], field: keyof typeof settings.replace): T[] => {
    const own = all.filter(isOwn);
    const merged = mergeById(
      kind,
      all.filter((e) => !isOwn(e)),
      own,
      rules(field),
    );
    problems.push(...merged.problems);
    return merged.entries;
  };
  return { settingsFile, layered, isOwn, isProject: (e: { filePath?: string }) => layered && !isOwn(e), rules, merge, problems };
}
