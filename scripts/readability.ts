/**
 * Readability report for the built site.
 *
 * Reads every index.html under dist/, takes each page's main text (the element marked
 * data-pagefind-body, else <main>), and prints words and Flesch-Kincaid grade per page,
 * then averages per kind of page and for the whole site.
 *
 * Run with `npm run readability` after `npm run build` (Node 24 strips the types itself).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  analyse,
  mainText,
  meanGrade,
  pageKind,
  pagePath,
  wordWeightedGrade,
  type PageScore,
} from './lib/readability.ts';

const dist = join(import.meta.dirname, '..', 'dist');

function indexFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      found.push(...indexFiles(full));
    } else if (name === 'index.html') {
      found.push(full);
    }
  }
  return found;
}

if (!existsSync(dist) || !statSync(dist).isDirectory()) {
  console.error('readability: no dist/ folder found. Run npm run build first.');
  process.exit(1);
}

const pages: PageScore[] = indexFiles(dist)
  .map((file) => {
    const stats = analyse(mainText(readFileSync(file, 'utf8')));
    return { path: pagePath(relative(dist, file)), words: stats.words, grade: stats.grade };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

if (pages.length === 0) {
  console.error('readability: dist/ has no index.html pages. Run npm run build first.');
  process.exit(1);
}

const pathWidth = Math.max(4, ...pages.map((p) => p.path.length));
const row = (path: string, words: string, grade: string) =>
  `${path.padEnd(pathWidth)}  ${words.padStart(6)}  ${grade.padStart(5)}`;

console.log(row('page', 'words', 'grade'));
console.log(row('-'.repeat(pathWidth), '------', '-----'));
for (const p of pages) console.log(row(p.path, String(p.words), p.grade.toFixed(1)));

const kinds = [...new Set(pages.map((p) => pageKind(p.path)))].sort();
console.log('');
console.log(row('kind of page (word-weighted)', 'words', 'grade'));
for (const kind of kinds) {
  const group = pages.filter((p) => pageKind(p.path) === kind);
  const words = group.reduce((sum, p) => sum + p.words, 0);
  console.log(row(`${kind} (${group.length} pages)`, String(words), wordWeightedGrade(group).toFixed(1)));
}

const totalWords = pages.reduce((sum, p) => sum + p.words, 0);
console.log('');
console.log(`Pages: ${pages.length}, words: ${totalWords}`);
console.log(`Site average grade, weighted by words: ${wordWeightedGrade(pages).toFixed(1)}`);
console.log(`Site average grade, plain mean of pages: ${meanGrade(pages).toFixed(1)}`);
