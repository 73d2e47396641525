import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentSound } from '../lib/integrity';
import type { Question, QuestionCategory } from '../schemas/question';
import { presets } from './presets';

type Entry<C extends 'steps' | 'tips' | 'questions' | 'templates' | 'guides'> = CollectionEntry<C>;

/** A question with the category it lives in, for cross-category lists. */
export interface BankQuestion extends Question {
  category: Pick<QuestionCategory, 'id' | 'title'>;
}

export interface Handbook {
  steps: Entry<'steps'>[];
  tips: Entry<'tips'>[];
  categories: Entry<'questions'>[];
  templates: Entry<'templates'>[];
  guides: Entry<'guides'>[];
  questions: BankQuestion[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
const sourced = <T extends { filePath?: string; data: unknown }>(e: T) => ({
  filePath: e.filePath ?? '(unknown file)',
  data: e.data as T['data'],
});

let loaded: Promise<Handbook> | undefined;

async function load(): Promise<Handbook> {
  const [steps, tips, categories, templates, guides] = await Promise.all([
    getCollection('steps'),
    getCollection('tips'),
    getCollection('questions'),
    getCollection('templates'),
    getCollection('guides'),
  ]);
  // Every build-time check of content runs here, once, before any page uses the handbook.
  assertContentSound({
    steps: steps.map(sourced),
    tips: tips.map(sourced),
    questions: categories.map(sourced),
    templates: templates.map(sourced),
    guides: guides.map(sourced),
    presets,
  });
  steps.sort(byOrder);
  categories.sort(byOrder);
  templates.sort(byOrder);
  guides.sort(byOrder);
  const questions = categories.flatMap((c) =>
    c.data.questions.map((q) => ({ ...q, category: { id: c.data.id, title: c.data.title } })),
  );
  return { steps, tips, categories, templates, guides, questions };
}

/**
 * The whole handbook, loaded and checked once per build (every page shares the same promise),
 * so per-page work never repeats whole-collection queries.
 */
export function getHandbook(): Promise<Handbook> {
  loaded ??= load();
  return loaded;
}
