// Ready-made class packs live in the edition folder (`packs.yaml`, issue #28), like the starter
// sheets. The file's shape is checked here, when the edition loads; its ids are checked against
// the handbook when the handbook loads (src/lib/pack/edition-packs.ts), and either way a problem
// stops the build naming the file and the field. The project's own edition ships none, so a
// layered edition simply has its own.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { packFileSchema, type EditionPack } from '../schemas/pack.ts';

/** The file of class packs inside an edition folder. */
export const PACKS_FILE = 'packs.yaml';

/** Reads an edition's packs (no file: none); throws naming the file and field of every problem. */
export function readEditionPacks(dir: string): { packs: EditionPack[]; file: string } {
  const file = path.join(dir, PACKS_FILE);
  if (!existsSync(file)) return { packs: [], file };
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: this is not valid YAML (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
  const result = packFileSchema.safeParse(raw ?? []);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => {
        const [index, ...field] = i.path;
        const id = typeof index === 'number' ? (raw as { id?: unknown }[])[index]?.id : undefined;
        const which = typeof index === 'number' ? `pack ${index + 1}${typeof id === 'string' ? ` ("${id}")` : ''}: ` : '';
        return `${file}: ${which}field "${field.map(String).join('.') || '(the pack)'}": ${i.message}`;
      });
  const ids = new Set<string>();
  for (const pack of result.data ?? []) {
    if (ids.has(pack.id)) problems.push(`${file}: pack "${pack.id}": field "id": is used by another pack`);
    ids.add(pack.id);
  }
  if (problems.length > 0) throw new Error(`The class packs have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return { packs: result.data!, file };
}
