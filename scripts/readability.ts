/**
 * Readability report for the built site.
 *
 * Reads every index.html of the built site (dist/, or OUT_DIR), takes each page's main text (the
 * element marked data-pagefind-body, else <main>), and prints words and Flesch-Kincaid grade per
 * page, then averages per kind of page and for the whole site.
 *
 * Run with `npm run readability` after `npm run build` (Node 24 strips the types itself).
 */
import { readFileSync } from 'node:fs';
import { builtPages } from './lib/built-site.ts';
import { markdownTable } from './lib/markdown-table.ts';
import { analyse, mainText, meanGrade, pageKind, wordWeightedGrade, type PageScore } from './lib/readability.ts';

// Pages in folders (index.html); the 404 page is not reading matter, and embed views repeat the
// text of the pages they come from (they would count it twice).
const pages: PageScore[] = builtPages()
  .filter((p) => p.route.endsWith('/') && !p.route.startsWith('/embed/'))
  .map(({ route, file }) => {
    const stats = analyse(mainText(readFileSync(file, 'utf8')));
    return { path: route, words: stats.words, grade: stats.grade };
  });

console.log(
  markdownTable(
    ['page', 'words', 'grade'],
    pages.map((p) => [p.path, String(p.words), p.grade.toFixed(1)]),
    ['left', 'right', 'right'],
  ),
);

const kinds = [...new Set(pages.map((p) => pageKind(p.path)))].sort();
const byKind = kinds.map((kind) => {
  const group = pages.filter((p) => pageKind(p.path) === kind);
  const words = group.reduce((sum, p) => sum + p.words, 0);
  return [`${kind} (${group.length} pages)`, String(words), wordWeightedGrade(group).toFixed(1)];
});
console.log('');
console.log(markdownTable(['kind of page (word-weighted)', 'words', 'grade'], byKind, ['left', 'right', 'right']));

const totalWords = pages.reduce((sum, p) => sum + p.words, 0);
console.log('');
console.log(`Pages: ${pages.length}, words: ${totalWords}`);
console.log(`Site average grade, weighted by words: ${wordWeightedGrade(pages).toFixed(1)}`);
console.log(`Site average grade, plain mean of pages: ${meanGrade(pages).toFixed(1)}`);
