// Builds the Pagefind index for the built site, plus one record per question and tip so a search
// for "salary" offers the question itself and leads straight to its anchor.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { outDir as builtSite } from './lib/built-site.ts';
import type { SearchRecord } from '../src/pages/search-records.json.ts';

const outDir = builtSite();
const recordsFile = path.join(outDir, 'search-records.json');

function fail(message: string): never {
  console.error(`build-search: ${message}`);
  process.exit(1);
}

const records = JSON.parse(await readFile(recordsFile, 'utf8').catch(() => fail(`${recordsFile} is missing; run astro build first`))) as SearchRecord[];

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors.join('\n'));
const site = await index.addDirectory({ path: outDir });
if (site.errors.length) fail(site.errors.join('\n'));
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
console.log(`build-search: indexed ${site.page_count} pages and ${records.length} questions and tips`);
