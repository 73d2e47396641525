// Turns a decoded pack (src/lib/pack/format.ts) into what a student sees: each reading with its
// title and address, and the sheet as a builder link. Ids come from a link made weeks ago, so a
// question merged since then opens the question that kept it (the same aliases as share links),
// a checklist item that moved to another step opens where it lives now, and whatever the handbook
// no longer has is named rather than silently left out.
import { resolveQuestionId, type QuestionAliases } from '../bank.ts';
import { questionSetPath } from '../counselor-links.ts';
import type { Minutes } from '../sheet/sheet.ts';
import { readingKey, type Pack, type Reading } from './format.ts';

/** What the pack page knows of the handbook: titles by id, made at build (src/lib/pack/catalog.ts). */
export interface PackCatalog {
  /** Steps by id: order, title and checklist items (id -> text). */
  steps: Record<string, { order: number; title: string; items: Record<string, string> }>;
  /** Checklist items that moved: old step id -> item id -> the step it lives on now. */
  moved: Record<string, Record<string, string>>;
  guides: Record<string, string>;
  templates: Record<string, string>;
  /** Tips by id: the rule's words. */
  tips: Record<string, string>;
  categories: Record<string, string>;
  /** Bank questions by id: their words and category id. */
  questions: Record<string, [text: string, category: string]>;
  /** Old ids of merged questions -> the live id. */
  aliases: QuestionAliases;
  /** Starter sheets by id. */
  presets: Record<string, { title: string; minutes: Minutes; questions: string[] }>;
}

/** A reading as the student sees it. */
export interface ShownReading {
  /** What ticks are saved under (src/lib/pack/format.ts readingKey), as the link named it. */
  key: string;
  title: string;
  /** Site path without the base. */
  path: string;
  by?: string;
}

/** The sheet as the student sees it: words for it and the builder link that brings it in. */
export interface ShownSheet {
  title: string;
  count: number;
  /** Site path of the builder with the sheet in its fragment; the builder asks before replacing. */
  path: string;
}

/** A pack ready to show, and what the handbook no longer has. */
export interface ShownPack {
  readings: ShownReading[];
  sheet: ShownSheet | null;
  missing: string[];
}

const kindWords: Record<Reading['kind'], string> = {
  step: 'step',
  guide: 'guide',
  template: 'message template',
  tip: 'tip',
  category: 'question category',
  question: 'question',
};

/** One reading's title and path, or null when the handbook no longer has it. */
function showReading(r: Reading, c: PackCatalog): Omit<ShownReading, 'key' | 'by'> | null {
  switch (r.kind) {
    case 'step': {
      let stepId = r.id;
      if (r.anchor && !c.steps[stepId]?.items[r.anchor]) stepId = c.moved[r.id]?.[r.anchor] ?? stepId;
      const step = c.steps[stepId];
      if (!step) return null;
      if (!r.anchor) return { title: `Step ${step.order}: ${step.title}`, path: `/steps/${stepId}/` };
      const item = step.items[r.anchor];
      return item ? { title: `Step ${step.order} checklist: ${item}`, path: `/steps/${stepId}/#${r.anchor}` } : null;
    }
    case 'question': {
      const id = resolveQuestionId(r.id, c.aliases);
      const q = c.questions[id];
      return q ? { title: `Question: ${q[0]}`, path: `/questions/${q[1]}/#${id}` } : null;
    }
    case 'guide':
      return c.guides[r.id] ? { title: c.guides[r.id]!, path: `/guides/${r.id}/` } : null;
    case 'template':
      return c.templates[r.id] ? { title: `Message template: ${c.templates[r.id]}`, path: `/templates/${r.id}/` } : null;
    case 'tip':
      return c.tips[r.id] ? { title: `Tip: ${c.tips[r.id]}`, path: `/tips/#${r.id}` } : null;
    case 'category':
      return c.categories[r.id] ? { title: `Questions: ${c.categories[r.id]}`, path: `/questions/${r.id}/` } : null;
  }
}

/** Resolves every part of `pack` against the handbook; never throws. */
export function resolvePack(pack: Pack, c: PackCatalog): ShownPack {
  const missing: string[] = [];
  const readings: ShownReading[] = [];
  for (const r of pack.readings) {
    const shown = showReading(r, c);
    if (shown) readings.push({ key: readingKey(r), ...shown, ...(r.by ? { by: r.by } : {}) });
    else missing.push(`the ${kindWords[r.kind]} “${r.anchor ? `${r.id}#${r.anchor}` : r.id}”`);
  }
  let sheet: ShownSheet | null = null;
  if (pack.sheet && 'preset' in pack.sheet) {
    const preset = c.presets[pack.sheet.preset];
    if (preset)
      sheet = {
        title: `the starter sheet “${preset.title}”`,
        count: preset.questions.length,
        path: `/builder/#preset=${pack.sheet.preset}`,
      };
    else missing.push(`the starter sheet “${pack.sheet.preset}”`);
  } else if (pack.sheet) {
    const ids: string[] = [];
    for (const raw of pack.sheet.questions) {
      const id = resolveQuestionId(raw, c.aliases);
      if (!c.questions[id]) missing.push(`the question “${raw}”`);
      else if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length > 0)
      sheet = { title: 'the questions your counselor picked', count: ids.length, path: questionSetPath(ids, pack.sheet.minutes) };
  }
  return { readings, sheet, missing };
}
