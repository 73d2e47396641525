// An edition's ready-made packs (packs.yaml, read by src/integration/packs-file.ts) as packs, and
// the build's check that everything they name is in the handbook, so a renamed guide or a hidden
// category fails the build instead of reaching a class as "could not be found".
import type { EditionPack } from '../../schemas/pack.ts';
import { readingKinds, type Pack, type Reading } from './format.ts';
import { resolvePack, type PackCatalog } from './resolve.ts';

const kinds = Object.values(readingKinds);

/** An edition pack as the link format's pack; `email` falls back to the edition's contact address. */
export function editionPackToPack(p: EditionPack, contactEmail = ''): Pack {
  const readings = p.readings.map((r) => {
    const kind = kinds.find((k) => r[k])!;
    const reading: Reading = { kind, id: r[kind]! };
    if (r.item) reading.anchor = r.item;
    if (r.by) reading.by = r.by;
    return reading;
  });
  return {
    title: p.title,
    note: p.note,
    sheet: p.sheet ? { preset: p.sheet } : p.questions ? { questions: p.questions, minutes: p.minutes } : null,
    readings,
    goal: p.goal
      ? p.goal.by
        ? { count: p.goal.conversations, by: p.goal.by }
        : { count: p.goal.conversations, days: p.goal.within! }
      : null,
    email: p.email ?? contactEmail,
  };
}

/** One message per thing a pack names that the handbook does not have, naming the file, pack and field. */
export function findEditionPackProblems(packs: readonly EditionPack[], catalog: PackCatalog, file: string): string[] {
  const problems: string[] = [];
  for (const p of packs) {
    const where = `${file}: pack "${p.id}"`;
    p.readings.forEach((r, index) => {
      const kind = kinds.find((k) => r[k])!;
      const shown = resolvePack({ ...editionPackToPack({ ...p, readings: [r], sheet: undefined, questions: undefined }) }, catalog);
      if (shown.readings.length === 0) {
        const field = r.item ? `readings.${index}.item` : `readings.${index}.${kind}`;
        problems.push(
          `${where}: field "${field}": no ${kind === 'category' ? 'question category' : kind}${r.item ? ` checklist item "${r.item}" in step "${r.step}"` : ` has the id "${r[kind]}"`}`,
        );
      } else if (kind === 'question' && catalog.aliases[r.question!]) {
        problems.push(
          `${where}: field "readings.${index}.question": "${r.question}" is an old id of "${catalog.aliases[r.question!]}"; list the live id`,
        );
      }
    });
    if (p.sheet && !catalog.presets[p.sheet])
      problems.push(`${where}: field "sheet": no starter sheet in presets.yaml has the id "${p.sheet}"`);
    p.questions?.forEach((id, index) => {
      if (!catalog.questions[id])
        problems.push(
          `${where}: field "questions.${index}": no question has the id "${id}"${catalog.aliases[id] ? ` (it is an old id of "${catalog.aliases[id]}"; list that)` : ''}`,
        );
    });
  }
  return problems;
}
