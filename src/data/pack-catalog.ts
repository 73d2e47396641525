// What the class-pack pages know of the handbook (src/lib/pack/resolve.ts): every title a reading
// can show, by id, made once at build from the loaded handbook. It travels in the page as data, so
// a pack opens at once, offline too, with no second request.
import { editionPackToPack, findEditionPackProblems } from '../lib/pack/edition-packs';
import { encodePack } from '../lib/pack/format';
import type { PackCatalog } from '../lib/pack/resolve';
import { getHandbook } from './handbook';
import { edition } from 'virtual:handbook/edition';

let made: Promise<PackCatalog> | undefined;

/** The catalog for this build's edition (what it hides is not in the handbook, so not here either). */
export function packCatalog(): Promise<PackCatalog> {
  made ??= getHandbook().then(({ steps, guides, templates, tips, categories, questions, questionAliases }) => {
    const moved: PackCatalog['moved'] = {};
    for (const step of steps) {
      for (const item of step.data.checklist) if (item.movedFrom) (moved[item.movedFrom] ??= {})[item.id] = step.data.id;
    }
    const catalog: PackCatalog = {
      steps: Object.fromEntries(
        steps.map((s) => [
          s.data.id,
          { order: s.data.order, title: s.data.title, items: Object.fromEntries(s.data.checklist.map((i) => [i.id, i.text])) },
        ]),
      ),
      moved,
      guides: Object.fromEntries(guides.map((g) => [g.data.id, g.data.title])),
      templates: Object.fromEntries(templates.map((t) => [t.data.id, t.data.title])),
      tips: Object.fromEntries(tips.map((t) => [t.data.id, t.data.rule])),
      categories: Object.fromEntries(categories.map((c) => [c.data.id, c.data.title])),
      questions: Object.fromEntries(questions.map((q) => [q.id, [q.text, q.category.id]])),
      aliases: questionAliases,
      presets: Object.fromEntries(edition.presets.map((p) => [p.id, { title: p.title, minutes: p.minutes, questions: p.questions }])),
    };
    // The edition's ready-made packs name steps, guides and questions too: every build checks them.
    const problems = findEditionPackProblems(edition.packs, catalog, edition.packsFile);
    if (problems.length > 0) throw new Error(`The class packs have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    return catalog;
  });
  return made;
}

/** The edition's ready-made packs as link fragments by id: what `#p=<id>` opens. */
export const editionPackLinks = (): Record<string, string> =>
  Object.fromEntries(edition.packs.map((p) => [p.id, encodePack(editionPackToPack(p, edition.settings.contact?.email))]));
