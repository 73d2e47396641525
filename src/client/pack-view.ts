// What a class pack shows (issue #28), shared by the student's pack page and the pack's embed view.
// Built with DOM calls and textContent only: every word comes from a link, so none of it is ever
// parsed as markup.
import { longDate } from '../lib/pack/progress.ts';
import { decodePack, type Goal, type Pack } from '../lib/pack/format.ts';
import { resolvePack, type PackCatalog, type ShownPack } from '../lib/pack/resolve.ts';
import { addDays, daysBetween } from '../lib/pack/days.ts';

/** Makes an element with a class and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) el.append(child);
  return el;
}

/** A list of plain-text lines under a heading line, for notices. */
export const noticeList = (lead: string, lines: readonly string[]) =>
  h('div', { class: 'card mt-3 p-3' }, h('p', {}, lead), h('ul', { class: 'list-disc pl-6' }, ...lines.map((l) => h('li', {}, l))));

/**
 * Fills the catalog's questions from question-bank.json (the builder's data, kept by the offline
 * worker), rather than a copy in every pack page. Resolves false when it could not load.
 */
export async function loadQuestions(root: HTMLElement, catalog: PackCatalog): Promise<boolean> {
  try {
    const response = await fetch(root.dataset.bank!);
    if (!response.ok) return false;
    for (const q of (await response.json()) as { id: string; text: string; category: string }[])
      catalog.questions[q.id] = [q.text, q.category];
    return true;
  } catch {
    return false;
  }
}

/** The page's JSON data attribute, read once. */
export const dataOf = <T>(root: HTMLElement, name: string): T => JSON.parse(root.dataset[name] ?? '{}') as T;

/** A pack opened from a fragment: the pack, what it shows, and what could not be kept. */
export interface Opened {
  pack: Pack;
  shown: ShownPack;
  dropped: string[];
  newer: boolean;
  /** Set for an edition's own pack (`#p=<id>`). */
  editionId?: string;
}

/** Opens a fragment against the catalog and the edition's packs; null when it is no pack, a string when it names an unknown edition pack. */
export function openFragment(fragment: string, catalog: PackCatalog, editions: Record<string, string>): Opened | string | null {
  let content = decodePack(fragment);
  let editionId: string | undefined;
  if (content.kind === 'edition') {
    editionId = content.id;
    const own = editions[content.id];
    if (own === undefined) return content.id;
    content = decodePack(own);
  }
  if (content.kind !== 'pack') return null;
  return {
    pack: content.pack,
    shown: resolvePack(content.pack, catalog),
    dropped: content.dropped,
    newer: content.newer,
    ...(editionId ? { editionId } : {}),
  };
}

/** The day a goal is due, given the day the pack was first opened. */
export const goalDue = (goal: Goal, opened: string): string => ('by' in goal ? goal.by : addDays(opened, goal.days));

/** "Hold 2 conversations by March 15, 2027." and how many days are left. */
export function goalWords(goal: Goal, opened: string, today: string): { what: string; when: string } {
  const due = goalDue(goal, opened);
  const left = daysBetween(today, due);
  const what = `Hold ${goal.count} conversation${goal.count === 1 ? '' : 's'} by ${longDate(due)}.`;
  const when =
    left > 1
      ? `${left} days left.`
      : left === 1
        ? 'Due tomorrow.'
        : left === 0
          ? 'Due today.'
          : `This was due ${-left} days ago. It’s not too late.`;
  return { what, when };
}

/** "Read by March 1, 2027" with how it stands today, in words (never color alone). */
export function readByWords(by: string, today: string, done: boolean): string {
  const left = daysBetween(today, by);
  const state = done ? '' : left < 0 ? ' (past this date)' : left <= 7 ? ' (due this week)' : '';
  return `Read by ${longDate(by)}${state}`;
}

/** The note, from the counselor, as its own block. */
export const noteBlock = (pack: Pack) =>
  pack.note
    ? h('blockquote', { class: 'card mt-3 p-3' }, h('p', { class: 'muted text-sm' }, 'Note from your counselor'), h('p', {}, pack.note))
    : null;
