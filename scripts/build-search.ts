// Builds the Pagefind index for the built site, plus one record per question and tip so a search
// for "salary" offers the question itself and leads straight to its anchor.
import child_process, { type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { outDir as builtSite } from './lib/built-site.ts';
import type { SearchRecord } from '../src/pages/search-records.json.ts';
import { aliasWordsFor, type AliasList } from '../src/lib/search-aliases.ts';

// Pagefind's close() kills the indexing process it started but does not wait for it to exit, so it
// was left behind as a zombie (and its memory was missing from whole-tree measurements). Keep a
// handle on every process it starts, and wait for each to exit before this script does.
const started: ChildProcess[] = [];
const spawn = child_process.spawn;
child_process.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  started.push(child);
  return child;
}) as typeof spawn;
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => {
        child.ref();
        child.once('exit', () => done());
      });

const outDir = builtSite();
const recordsFile = path.join(outDir, 'search-records.json');

function fail(message: string): never {
  console.error(`build-search: ${message}`);
  process.exit(1);
}

const records = JSON.parse(await readFile(recordsFile, 'utf8').catch(() => fail(`${recordsFile} is missing; run astro build first`))) as SearchRecord[];

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors.join('\n'));
// Pages are indexed one by one so each can carry the words readers use for what it covers
// (content/search-aliases.yaml): a page about resumes is also found by "CV". The words go into the
// index only, in a hidden element at the end of the searchable part; the built page is unchanged.
const aliases = JSON.parse(await readFile(path.join(outDir, 'search-aliases.json'), 'utf8')) as AliasList;
const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !/^(pagefind|_astro)[\\/]/.test(f));
let pageCount = 0;
for (const file of pages) {
  const html = await readFile(path.join(outDir, file), 'utf8');
  const body = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
  if (body === undefined) continue;
  const words = aliasWordsFor(body.replace(/<[^>]+>/g, ' '), aliases);
  const escaped = words.join(', ').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const content = words.length ? html.replace('</main>', `<div hidden>${escaped}</div></main>`) : html;
  const added = await index.addHTMLFile({ url: `/${file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`, content });
  if (added.errors.length) fail(added.errors.join('\n'));
  pageCount++;
}
for (const record of records) {
  const added = await index.addCustomRecord({
    url: record.url,
    content: record.content,
    language: 'en',
    meta: { title: record.title, kind: record.kind },
  });
  if (added.errors.length) fail(added.errors.join('\n'));
}
const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
await rm(recordsFile);
await pagefind.close();
await Promise.all(started.map(exited));
console.log(`build-search: indexed ${pageCount} pages and ${records.length} questions and tips`);
