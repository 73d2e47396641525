import { getCollection, type CollectionEntry } from 'astro:content';
import { aliasMap, resolveQuestionId, type QuestionAliases } from '../lib/bank';
import { findIntegrityProblems } from '../lib/integrity';
import { findNearDuplicates } from '../lib/question-similarity';
import { reviewedQuestionPairs } from './question-pairs-reviewed';
import { findSearchAliasProblems, toAliasList } from '../lib/search-alias-checks';
import { toWords, type AliasList } from '../lib/search-aliases';
import type { Question, QuestionCategory } from '../schemas/question';
import type { Tip } from '../schemas/tip';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from '../lib/rehype/base-links.ts';
import path from 'node:path';
import { edition } from 'virtual:handbook/edition';
import { explainHidden } from '../lib/edition/layers';
import { hiddenLinkProblems } from '../lib/edition/hidden-links';
import { dropHiddenLinks, hiddenIds, hiddenTargets } from '../lib/edition/hidden-references';
import { recordLayering } from '../lib/edition/layering-report';
import { layerQuestions } from '../lib/edition/question-layers';
import { editionLayers } from './edition-layers';
import { dropHiddenFromProject } from './hidden-in-project';
import type { Preset } from '../lib/sheet/presets';
import { phases } from '../schemas/tip';

type Entry<C extends 'steps' | 'tips' | 'questions' | 'templates' | 'guides'> = CollectionEntry<C>;

/** A tip with the file it came from and its fuller explanation rendered to HTML (empty if none). */
export interface HandbookTip {
  data: Tip;
  filePath: string;
  moreHtml: string;
}

/** A question with the category it lives in, for cross-category lists. */
export interface BankQuestion extends Question {
  category: Pick<QuestionCategory, 'id' | 'title'>;
}

export interface Handbook {
  steps: Entry<'steps'>[];
  tips: HandbookTip[];
  categories: Entry<'questions'>[];
  templates: Entry<'templates'>[];
  guides: Entry<'guides'>[];
  questions: BankQuestion[];
  /** Old id of each merged question -> id of the live question that kept it (see src/lib/bank.ts). */
  questionAliases: QuestionAliases;
  /** Words readers search with that the handbook may not use (content/search-aliases.yaml). */
  searchAliases: AliasList;
  /** Every template, even when the edition hides the templates section: the companion's thank-you note uses one. */
  allTemplates: Entry<'templates'>[];
  /** The starter sheets (the edition's presets.yaml, layered like everything else). */
  presets: Preset[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
const sourced = <T extends { filePath?: string; data: unknown }>(e: T) => ({
  filePath: e.filePath ?? '(unknown file)',
  data: e.data as T['data'],
});

/** Every string inside an entry's data, joined: the words a reader can meet on its page. */
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' && value !== null ? Object.values(value).map(textOf).join(' ') : '';

let loaded: Promise<Handbook> | undefined;

async function load(): Promise<Handbook> {
  const { settings, presets } = edition;
  const ownPresetIds = new Set(edition.ownPresetIds);
  const layers = editionLayers();
  const [allSteps, tipGroups, allCategories, allTemplates, allGuides, aliasEntries] = await Promise.all([
    getCollection('steps'),
    getCollection('tips'),
    getCollection('questions'),
    getCollection('templates'),
    getCollection('guides'),
    getCollection('searchAliases'),
  ]);
  // Tips come one phase per file; pages want them one by one, in phase order, then file order.
  // An edition's new tips follow the project's in their phase (the sort is stable).
  const phaseOrder: readonly string[] = phases;
  tipGroups.sort((a, b) => phaseOrder.indexOf(a.data.phase) - phaseOrder.indexOf(b.data.phase));
  const tipList = layers
    .merge(
      'tip',
      tipGroups.flatMap((g) => g.data.tips.map((t) => ({ data: { ...t, phase: g.data.phase }, filePath: g.filePath ?? '(unknown file)' }))),
      'tips',
    )
    .sort((a, b) => phaseOrder.indexOf(a.data.phase) - phaseOrder.indexOf(b.data.phase));
  // Hidden questions leave their category; a hidden category takes all of its questions with it.
  const projectCategories = allCategories.filter((c) => !layers.isOwn(c));
  const questionLayer = layerQuestions(
    layers.merge('question category', allCategories, 'categories'),
    layers.isOwn,
    projectCategories.flatMap((c) => c.data.questions.map((q) => q.id)),
    layers.rules('questions'),
  );
  layers.problems.push(...questionLayer.problems);
  // The project's files lose their references to what the edition hides (issue #25); the
  // edition's own files are checked below, and fail on such a reference, naming the setting.
  const hidden = hiddenIds(settings.hide, projectCategories, layers.settingsFile);
  const project = dropHiddenFromProject(
    {
      steps: layers.merge('step', allSteps, 'steps'),
      categories: questionLayer.entries,
      templates: layers.merge('template', allTemplates, 'templates'),
      guides: layers.merge('guide', allGuides, 'guides'),
      presets,
      ownPresetIds,
      searchAliases: aliasEntries.map((e) => e.data),
      projectAliases: layers.layered && aliasEntries.some((e) => layers.isProject(e)),
      isProject: layers.isProject,
      projectDir: path.relative('.', edition.projectDir),
    },
    hidden,
    settings,
    import.meta.env.BASE_URL,
  );
  const { steps, categories, templates, guides, dropped } = project;
  const isOwnOrAlone = (e: { filePath?: string }) => !layers.isProject(e);
  layers.problems.push(
    ...hiddenLinkProblems(
      // Only what pages show: a hidden section's own entries have no page, so their links lead nowhere anyway.
      [...steps, ...(settings.sections.templates ? templates : []), ...(settings.sections.guides ? guides : []), ...categories]
        .filter(isOwnOrAlone)
        .map((e) => ({ filePath: e.filePath ?? '(unknown file)', text: e.body ?? '' }))
        .concat(tipList.filter(isOwnOrAlone).map((t) => ({ filePath: t.filePath, text: t.data.more ?? '' })))
        .concat(project.uncheckedBodies),
      settings,
      layers.settingsFile,
    ),
  );
  if (layers.problems.length > 0) {
    throw new Error(`The edition has ${layers.problems.length} problem(s):\n- ${layers.problems.join('\n- ')}`);
  }
  // Every build-time check of content runs here, once, before any page uses the handbook. A
  // reference to an entry the edition hides says so, with the fix.
  const hiddenBy = new Map<string, string>([
    ...hidden.question,
    ...(['tips', 'templates', 'guides', 'categories'] as const).flatMap((field) =>
      settings.hide[field].map((id) => [id, `${layers.settingsFile} (hide.${field})`] as const),
    ),
  ]);
  const contentProblems = findIntegrityProblems({
    steps: steps.map(sourced),
    tips: tipList.map(({ data, filePath }) => ({ data, filePath })),
    questions: categories.map(sourced),
    templates: templates.map(sourced),
    guides: guides.map(sourced),
    presets,
    presetsFile: layers.layered
      ? `${path.join(edition.dir, 'presets.yaml')} (or ${path.join(edition.projectDir, 'presets.yaml')} beneath it)`
      : path.join(edition.dir, 'presets.yaml'),
  }).map((p) => explainHidden(p, hiddenBy));
  // The project's own questions only (src/data/question-pairs-reviewed.ts reviews them): an
  // edition's questions may sit close to ours on purpose, and an edition without ours has none.
  const projectPrefix = `${path.relative('.', edition.projectDir)}/`;
  const bankFiles = allCategories.filter((c) => (c.filePath ?? '').startsWith(projectPrefix));
  if (bankFiles.length > 0) {
    const bank = bankFiles.flatMap((c) => c.data.questions.map((q) => ({ id: q.id, text: q.text, filePath: c.filePath ?? '' })));
    contentProblems.push(...findNearDuplicates(bank, reviewedQuestionPairs));
  }
  if (contentProblems.length > 0) {
    throw new Error(`The handbook content has ${contentProblems.length} problem(s):\n- ${contentProblems.join('\n- ')}`);
  }
  steps.sort(byOrder);
  categories.sort(byOrder);
  templates.sort(byOrder);
  guides.sort(byOrder);
  const questions = categories.flatMap((c) => c.data.questions.map((q) => ({ ...q, category: { id: c.data.id, title: c.data.title } })));
  const questionAliases = aliasMap(questions);
  // Every word the handbook uses, so an alias group that could never find anything fails the build.
  const handbookWords = new Set(
    [...steps, ...tipGroups, ...categories, ...templates, ...guides].flatMap((e) => toWords(`${textOf(e.data)} ${e.body ?? ''}`)),
  );
  const aliasProblems = findSearchAliasProblems(
    'content/search-aliases.yaml',
    project.searchAliases,
    handbookWords,
    new Set(questions.map((q) => q.id)),
  );
  if (aliasProblems.length > 0) {
    throw new Error(`The search aliases have ${aliasProblems.length} problem(s):\n- ${aliasProblems.join('\n- ')}`);
  }
  const searchAliases = toAliasList(project.searchAliases);
  // A step may still list a merged question by its old id (the integrity check allows it):
  // point it at the kept question, once, so step pages find it.
  for (const step of steps) {
    step.data.questions = [...new Set(step.data.questions.map((id) => resolveQuestionId(id, questionAliases)))];
  }
  // A tip's fuller explanation is Markdown in its data, rendered once here with the same base-path
  // handling as MDX bodies (content links are written from the site root).
  const markdown = await createMarkdownProcessor({ rehypePlugins: [[rehypeBaseLinks, { base: import.meta.env.BASE_URL }]] });
  const targets = hiddenTargets(settings);
  const tips: HandbookTip[] = await Promise.all(
    tipList.map(async (t) => {
      const html = t.data.more ? (await markdown.render(t.data.more)).code : '';
      return { ...t, moreHtml: layers.isProject(t) ? dropHiddenLinks(html, import.meta.env.BASE_URL, targets, t.filePath, dropped) : html };
    }),
  );
  if (path.resolve(edition.dir) !== path.resolve(edition.projectDir)) {
    recordLayering({
      edition: path.basename(path.resolve(edition.dir)),
      layered: layers.layered,
      replace: settings.replace,
      hide: settings.hide,
      dropped,
    });
  }
  // A section the edition hides (edition.yaml `sections`) has no entries for pages to show or link
  // to; the checks above still saw them, so steps may keep listing them.
  return {
    steps,
    tips,
    categories,
    templates: settings.sections.templates ? templates : [],
    allTemplates: templates,
    guides: settings.sections.guides ? guides : [],
    questions,
    questionAliases,
    searchAliases,
    presets,
  };
}

/**
 * The whole handbook, loaded and checked once per build (every page shares the same promise),
 * so per-page work never repeats whole-collection queries.
 */
export function getHandbook(): Promise<Handbook> {
  loaded ??= load();
  return loaded;
}
