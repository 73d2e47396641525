// Applies hidden-references.ts to the loaded handbook (issue #25): the project's steps, question
// categories, starter sheets, search aliases and bodies lose what points at an entry the edition
// hides, so hiding a category never forces copying the project's pages. The edition's own files
// are left as written; the checks in handbook.ts fail on what they still point at.
import type { CollectionEntry } from 'astro:content';
import type { Edition } from '../schemas/edition';
import type { SearchAlias } from '../schemas/search-alias';
import type { Preset } from '../lib/sheet/presets';
import { dropHiddenLinks, hiddenTargets, withoutHidden, type DroppedReference, type HiddenIds } from '../lib/edition/hidden-references';
import type { LinkSource } from '../lib/edition/hidden-links';

type Bodied = CollectionEntry<'steps' | 'guides' | 'templates' | 'questions'>;

/** The loaded entries, and which of them are the project's (not the edition's own files). */
export interface ProjectEntries {
  steps: CollectionEntry<'steps'>[];
  categories: CollectionEntry<'questions'>[];
  guides: CollectionEntry<'guides'>[];
  templates: CollectionEntry<'templates'>[];
  presets: Preset[];
  /** Ids of the starter sheets from the edition's own presets.yaml. */
  ownPresetIds: ReadonlySet<string>;
  searchAliases: SearchAlias[];
  /** Whether the search aliases are the project's file (the edition has none of its own). */
  projectAliases: boolean;
  isProject: (e: { filePath?: string }) => boolean;
  /** The project's content folder, for naming its presets and aliases files. */
  projectDir: string;
}

/** Project bodies compiled as MDX modules, whose links cannot be rewritten here: checked instead. */
export interface Dropped {
  dropped: DroppedReference[];
  uncheckedBodies: LinkSource[];
}

/**
 * Drops references to hidden entries from the project's entries. Returns new arrays (and new
 * entry objects where something changed), except presets, which pages import directly and so are
 * edited in place.
 */
export function dropHiddenFromProject(
  entries: ProjectEntries,
  hidden: HiddenIds,
  settings: Pick<Edition, 'hide' | 'sections'>,
  base: string,
): ProjectEntries & Dropped {
  const dropped: DroppedReference[] = [];
  const uncheckedBodies: LinkSource[] = [];
  const { isProject } = entries;
  const targets = hiddenTargets(settings);
  const withBody = <T extends Bodied>(entry: T): T => {
    const filePath = entry.filePath ?? '(unknown file)';
    if (!isProject(entry) || !entry.rendered) {
      if (isProject(entry) && entry.body) uncheckedBodies.push({ filePath, text: entry.body });
      return entry;
    }
    const html = dropHiddenLinks(entry.rendered.html, base, targets, filePath, dropped);
    return html === entry.rendered.html ? entry : { ...entry, rendered: { ...entry.rendered, html } };
  };
  const steps = entries.steps.map((step) => {
    if (!isProject(step)) return step;
    const filePath = step.filePath ?? '(unknown file)';
    const lists = {
      tips: withoutHidden(step.data.tips, hidden.tip, { filePath, where: 'tips', kind: 'tip' }, dropped),
      questions: withoutHidden(step.data.questions, hidden.question, { filePath, where: 'questions', kind: 'question' }, dropped),
      templates: withoutHidden(step.data.templates, hidden.template, { filePath, where: 'templates', kind: 'template' }, dropped),
    };
    const changed = (Object.keys(lists) as (keyof typeof lists)[]).some((k) => lists[k] !== step.data[k]);
    return withBody(changed ? { ...step, data: { ...step.data, ...lists } } : step);
  });
  const categories = entries.categories.map((c) => {
    const moved = c.data.movedQuestions;
    if (!isProject(c) || !moved) return withBody(c);
    const kept = withoutHidden(
      moved,
      hidden.question,
      { filePath: c.filePath ?? '(unknown file)', where: 'movedQuestions', kind: 'question' },
      dropped,
    );
    return withBody(kept === moved ? c : { ...c, data: { ...c.data, movedQuestions: kept.length ? kept : undefined } });
  });
  for (const preset of entries.presets) {
    if (entries.ownPresetIds.has(preset.id)) continue;
    preset.questions = withoutHidden(
      preset.questions,
      hidden.question,
      { filePath: `${entries.projectDir}/presets.yaml`, where: `preset "${preset.id}"`, kind: 'question' },
      dropped,
    );
  }
  const searchAliases = entries.projectAliases
    ? entries.searchAliases.filter((a) => {
        if (a.question === undefined || !hidden.question.has(a.question)) return true;
        dropped.push({ filePath: `${entries.projectDir}/search-aliases.yaml`, where: `entry "${a.id}"`, kind: 'question', id: a.question });
        return false;
      })
    : entries.searchAliases;
  return {
    ...entries,
    steps,
    categories,
    guides: entries.guides.map(withBody),
    templates: entries.templates.map(withBody),
    searchAliases,
    dropped,
    uncheckedBodies,
  };
}
