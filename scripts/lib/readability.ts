/**
 * Pure readability helpers for the `npm run readability` report.
 *
 * No Astro imports here: the script runs this file directly with Node's type stripping,
 * and the unit tests import it through Vitest.
 */
import { syllable } from 'syllable';

/** Counts for one piece of text, and its Flesch-Kincaid grade. */
export interface ReadabilityStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level (US school grade); 0 when there are no words. */
  grade: number;
}

/** Elements whose content is never reading text. */
const DROP_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'head'];

/** Elements that end a line of text: a heading or list item without a full stop still ends a sentence. */
const BLOCK_TAGS =
  /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|section|article|aside|header|footer|nav|main|table|thead|tbody|tr|td|th|caption|blockquote|pre|figure|figcaption|details|summary|form|fieldset|legend|label|button|br|hr)\b[^>]*>/gi;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
};

/** Turns HTML character references into the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Finds the element whose opening tag matches `openTag` and returns its inner HTML,
 * following nesting of the same tag name. Returns undefined when there is none.
 */
export function innerHtmlOf(html: string, openTag: RegExp): string | undefined {
  const start = openTag.exec(html);
  if (!start) return undefined;
  const name = /^<([a-z][a-z0-9-]*)/i.exec(start[0])?.[1]?.toLowerCase();
  if (!name) return undefined;
  const contentStart = start.index + start[0].length;
  if (start[0].endsWith('/>')) return '';
  const tags = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'gi');
  tags.lastIndex = contentStart;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[2] === '/') continue;
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(contentStart, m.index);
  }
  return html.slice(contentStart);
}

/** Removes every element matching `openTag` (with its content), following nesting. */
function removeElements(html: string, openTag: RegExp): string {
  let out = html;
  for (let guard = 0; guard < 10_000; guard++) {
    const re = new RegExp(openTag.source, openTag.flags.replace('g', ''));
    const m = re.exec(out);
    if (!m) break;
    const inner = innerHtmlOf(out.slice(m.index), re) ?? '';
    const name = /^<([a-z][a-z0-9-]*)/i.exec(m[0])![1]!;
    const closeLength = m[0].endsWith('/>') ? 0 : `</${name}>`.length;
    out = out.slice(0, m.index) + ' ' + out.slice(m.index + m[0].length + inner.length + closeLength);
  }
  return out;
}

/**
 * The reading text of a built page: the element marked `data-pagefind-body` if there is one,
 * otherwise `<main>`, otherwise `<body>`. Scripts, styles and parts marked `data-pagefind-ignore`
 * are left out; block elements become line breaks so headings and list items count as sentences.
 */
export function mainText(html: string): string {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, ' ');
  const region =
    innerHtmlOf(withoutComments, /<[a-z][a-z0-9-]*\b[^>]*\sdata-pagefind-body\b[^>]*>/i) ??
    innerHtmlOf(withoutComments, /<main\b[^>]*>/i) ??
    innerHtmlOf(withoutComments, /<body\b[^>]*>/i) ??
    withoutComments;
  let text = region;
  for (const name of DROP_ELEMENTS) text = removeElements(text, new RegExp(`<${name}\\b[^>]*>`, 'i'));
  text = removeElements(text, /<[a-z][a-z0-9-]*\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i);
  text = text.replace(BLOCK_TAGS, '\n').replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** The words of a text: runs of letters or digits, keeping contractions whole. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Splits text into sentences: at `.`, `!` or `?` followed by a space or the end, and at line
 * breaks (a heading or list item ends a sentence). Pieces without a word are dropped.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'\u201d\u2019)]*)\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Syllables in one word; digits count as one syllable per word, as a rough reading cost. */
export function syllablesIn(word: string): number {
  if (/^\p{N}+$/u.test(word)) return 1;
  return Math.max(1, syllable(word));
}

/** Flesch-Kincaid grade level from raw counts. */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Words, sentences, syllables and grade for plain text. */
export function analyse(text: string): ReadabilityStats {
  const words = wordsOf(text);
  const sentences = sentencesOf(text).length;
  const syllables = words.reduce((sum, w) => sum + syllablesIn(w), 0);
  return { words: words.length, sentences, syllables, grade: fleschKincaidGrade(words.length, sentences, syllables) };
}

/** One page in the report. */
export interface PageScore {
  path: string;
  words: number;
  grade: number;
}

/** The average grade over pages, weighted by word count (long pages count for more). */
export function wordWeightedGrade(pages: PageScore[]): number {
  const total = pages.reduce((sum, p) => sum + p.words, 0);
  if (total === 0) return 0;
  return pages.reduce((sum, p) => sum + p.grade * p.words, 0) / total;
}

/** The plain mean grade over pages that have any words. */
export function meanGrade(pages: PageScore[]): number {
  const counted = pages.filter((p) => p.words > 0);
  if (counted.length === 0) return 0;
  return counted.reduce((sum, p) => sum + p.grade, 0) / counted.length;
}

/** The kind of page, from the first part of its path (`/steps/x/` is `steps`; `/` is `home`). */
export function pageKind(path: string): string {
  return path.split('/').filter(Boolean)[0] ?? 'home';
}
