// Starter sheets live in the edition folder (`presets.yaml`), not in code (issue #15). With
// `extends: default` the edition's sheets layer over the project's like any other entry.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { presetFileSchema } from '../schemas/preset.ts';
import type { Edition } from '../schemas/edition.ts';
import type { Preset } from '../lib/sheet/presets.ts';
import { mergeById } from '../lib/edition/layers.ts';
import { DEFAULT_EDITION_DIR, SETTINGS_FILE } from '../lib/edition/settings.ts';

/** The file of starter sheets inside an edition folder. */
export const PRESETS_FILE = 'presets.yaml';

/** Reads one presets file (none: no sheets); each problem names the file and the field. */
export function readPresetFile(file: string): { presets: { filePath: string; data: Preset }[]; problems: string[] } {
  if (!existsSync(file)) return { presets: [], problems: [] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { presets: [], problems: [`${file}: this is not valid YAML (${(error as Error).message.split('\n')[0]})`] };
  }
  const result = presetFileSchema.safeParse(raw ?? []);
  if (!result.success) {
    return {
      presets: [],
      problems: result.error.issues.map((i) => {
        const [index, ...field] = i.path;
        const id = typeof index === 'number' ? (raw as { id?: unknown }[])[index]?.id : undefined;
        const which = typeof index === 'number' ? `preset ${index + 1}${typeof id === 'string' ? ` ("${id}")` : ''}: ` : '';
        return `${file}: ${which}field "${field.map(String).join('.') || '(the list)'}": ${i.message}`;
      }),
    };
  }
  return { presets: result.data.map((data) => ({ filePath: file, data: data as Preset })), problems: [] };
}

/** The starter sheets an edition offers, after layering, and which are its own; throws with every problem found. */
export function layerEditionPresets(dir: string, settings: Edition, layered: boolean): { presets: Preset[]; own: string[] } {
  const own = readPresetFile(path.join(dir, PRESETS_FILE));
  const base = layered ? readPresetFile(path.join(DEFAULT_EDITION_DIR, PRESETS_FILE)) : own;
  const merged = mergeById('preset', base.presets, layered ? own.presets : [], {
    field: 'presets',
    settingsFile: path.join(dir, SETTINGS_FILE),
    hidden: settings.hide.presets,
    replaced: settings.replace.presets,
  });
  const problems = [...base.problems, ...(layered ? own.problems : []), ...merged.problems];
  if (problems.length > 0) throw new Error(`The starter sheets have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return { presets: merged.entries.map((e) => e.data), own: layered ? own.presets.map((e) => e.data.id) : [] };
}
