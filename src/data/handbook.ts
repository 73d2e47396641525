import { getCollection, type CollectionEntry } from 'astro:content';
import { aliasMap, resolveQuestionId, type QuestionAliases } from '../lib/bank';
import { assertContentSound } from '../lib/integrity';
import { findSearchAliasProblems, toAliasList } from '../lib/search-alias-checks';
import { toWords, type AliasList } from '../lib/search-aliases';
import type { Question, QuestionCategory } from '../schemas/question';
import type { Tip } from '../schemas/tip';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from '../lib/rehype/base-links.ts';
import { presets } from './presets';

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
  const [steps, tipGroups, categories, templates, guides, aliasEntries] = await Promise.all([
    getCollection('steps'),
    getCollection('tips'),
    getCollection('questions'),
    getCollection('templates'),
    getCollection('guides'),
    getCollection('searchAliases'),
  ]);
  // Tips come one phase per file; pages want them one by one, in phase order, then file order.
  const phaseOrder = ['prepare', 'reach-out', 'during', 'after'];
  tipGroups.sort((a, b) => phaseOrder.indexOf(a.data.phase) - phaseOrder.indexOf(b.data.phase));
  const tipList = tipGroups.flatMap((g) =>
    g.data.tips.map((t) => ({ data: { ...t, phase: g.data.phase }, filePath: g.filePath ?? '(unknown file)' })),
  );
  // Every build-time check of content runs here, once, before any page uses the handbook.
  assertContentSound({
    steps: steps.map(sourced),
    tips: tipList.map(({ data, filePath }) => ({ data, filePath })),
    questions: categories.map(sourced),
    templates: templates.map(sourced),
    guides: guides.map(sourced),
    presets,
  });
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
    aliasEntries.map((e) => e.data),
    handbookWords,
    new Set(questions.map((q) => q.id)),
  );
  if (aliasProblems.length > 0) {
    throw new Error(`The search aliases have ${aliasProblems.length} problem(s):\n- ${aliasProblems.join('\n- ')}`);
  }
  const searchAliases = toAliasList(aliasEntries.map((e) => e.data));
  // A step may still list a merged question by its old id (the integrity check allows it):
  // point it at the kept question, once, so step pages find it.
  for (const step of steps) {
    step.data.questions = [...new Set(step.data.questions.map((id) => resolveQuestionId(id, questionAliases)))];
  }
  // A tip's fuller explanation is Markdown in its data, rendered once here with the same base-path
  // handling as MDX bodies (content links are written from the site root).
  const markdown = await createMarkdownProcessor({ rehypePlugins: [[rehypeBaseLinks, { base: import.meta.env.BASE_URL }]] });
  const tips: HandbookTip[] = await Promise.all(
    tipList.map(async (t) => ({ ...t, moreHtml: t.data.more ? (await markdown.render(t.data.more)).code : '' })),
  );
  return { steps, tips, categories, templates, guides, questions, questionAliases, searchAliases };
}

/**
 * The whole handbook, loaded and checked once per build (every page shares the same promise),
 * so per-page work never repeats whole-collection queries.
 */
export function getHandbook(): Promise<Handbook> {
  loaded ??= load();
  return loaded;
}
