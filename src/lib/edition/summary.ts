// The line the build prints about an edition (issue #25): what it replaced and hid of the project's
// content, and how many references in the project's files it left out because they led to hidden
// entries, so a career centre sees the edition's effect without reading the site.
import type { Edition } from '../../schemas/edition.ts';
import type { DroppedReference } from './hidden-references.ts';

/** What layering found, recorded while the handbook loads (layering-report.ts). */
export interface LayeringReport {
  /** The edition folder's name, as people know it ("edition-harbor-college"). */
  edition: string;
  /** Whether it sits on the project's content (extends: default). */
  layered: boolean;
  replace: Edition['replace'];
  hide: Edition['hide'];
  /** References the project's files lost to what the edition hides (hidden-references.ts). */
  dropped: readonly DroppedReference[];
}

const NOUNS: Record<string, [string, string]> = {
  steps: ['step', 'steps'],
  categories: ['question category', 'question categories'],
  questions: ['question', 'questions'],
  tips: ['tip', 'tips'],
  guides: ['guide', 'guides'],
  templates: ['template', 'templates'],
  presets: ['starter sheet', 'starter sheets'],
};

/** The kinds a step list, preset or category can name, in the summary's words. */
const KIND_NOUNS: Record<string, [string, string]> = {
  question: ['question', 'questions'],
  tip: ['tip', 'tips'],
  template: ['template', 'templates'],
  guide: ['guide', 'guides'],
  category: ['question category', 'question categories'],
  section: ['section', 'sections'],
};

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** "2 tips (a, b)", naming at most four ids so the line stays a line. */
function listed(field: string, ids: readonly string[]): string {
  const shown = ids.slice(0, 4).join(', ');
  const more = ids.length > 4 ? `, and ${ids.length - 4} more` : '';
  return `${count(ids.length, NOUNS[field] ?? [field, field])} (${shown}${more})`;
}

/** "2 tips (a, b), 1 guide (c)" for every non-empty list, or `none`. */
function lists(settings: Record<string, readonly string[]>, none: string): string {
  const parts = Object.entries(settings)
    .filter(([, ids]) => ids.length > 0)
    .map(([field, ids]) => listed(field, ids));
  return parts.length ? parts.join(', ') : none;
}

/** The build summary's sentence about the edition. */
export function editionSummary(report: LayeringReport): string {
  if (!report.layered) return `Edition ${report.edition}: its own content only (extends: none), nothing of the project's underneath.`;
  const replaced = lists(report.replace, 'nothing');
  const hid = lists(report.hide, 'nothing');
  let line = `Edition ${report.edition}: replaced ${replaced}; hid ${hid}`;
  const { dropped } = report;
  if (dropped.length > 0) {
    const links = dropped.filter((d) => d.where === 'a link').length;
    const byKind = new Map<string, number>();
    for (const d of dropped) if (d.where !== 'a link') byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
    const kinds = [...byKind].map(([kind, n]) => count(n, KIND_NOUNS[kind] ?? [kind, kind]));
    if (links) kinds.push(count(links, ['link', 'links']));
    const files = new Set(dropped.map((d) => d.filePath)).size;
    line +=
      `; dropped ${count(dropped.length, ['reference', 'references'])} to hidden entries (${kinds.join(', ')}) ` +
      `from ${count(files, ["of the project's files", "of the project's files"])}`;
  }
  return `${line}.`;
}
