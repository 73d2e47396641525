// Which loaded entries are the edition's own, and the merge that layers them over the project's
// (src/lib/edition/layers.ts), with edition.yaml's lists for each collection.
import path from 'node:path';
import { editionDir, settings } from '../lib/edition/current';
import { mergeById, type Layerable } from '../lib/edition/layers';
import { DEFAULT_EDITION_DIR, SETTINGS_FILE } from '../lib/edition/settings';

/**
 * The edition's layers (issue #15): which loaded entries are the edition's own, and a merge that
 * applies edition.yaml's `replace` and `hide` lists, collecting every problem.
 */
export function editionLayers() {
  const settingsFile = path.join(editionDir, SETTINGS_FILE);
  const layered = settings.extends === 'default' && path.resolve(editionDir) !== path.resolve(DEFAULT_EDITION_DIR);
  const ownPrefix = `${path.relative('.', editionDir)}/`;
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
