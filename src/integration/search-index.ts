// The Pagefind index for the built site, plus one record per question and tip so a search for
// "salary" offers the question itself and leads straight to its anchor.
import child_process, { type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { aliasWordsFor } from '../lib/search-alias-words.ts';
import type { AliasList } from '../lib/search-aliases.ts';
import type { SearchRecord } from '../lib/search-record.ts';

// Pagefind's close() kills the indexing process it started but does not wait for it to exit, so it
// was left behind as a zombie (and its memory was missing from whole-tree measurements). While the
// index is built, keep a handle on every process started, and wait for each to exit before
// returning. (Only then: the build itself keeps long-lived helpers such as esbuild's service.)
const started: ChildProcess[] = [];
const spawn = child_process.spawn;
const watchSpawns = (on: boolean) => {
  child_process.spawn = on
    ? (((...args: Parameters<typeof spawn>) => {
        const child = spawn(...args);
        started.push(child);
        return child;
      }) as typeof spawn)
    : spawn;
};
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => {
        child.ref();
        child.once('exit', () => done());
      });

/** What went into the index. */
export interface IndexCounts {
  pages: number;
  questions: number;
  tips: number;
}

/** Indexes the site built in `outDir` (run after astro build). Throws with a readable message on failure. */
export async function indexSite(outDir: string): Promise<IndexCounts> {
  const recordsFile = path.join(outDir, 'search-records.json');
  const text = await readFile(recordsFile, 'utf8').catch(() => {
    throw new Error(`${recordsFile} is missing; run astro build first`);
  });
  const records = JSON.parse(text) as SearchRecord[];
  const check = (errors: string[]) => {
    if (errors.length) throw new Error(errors.join('\n'));
  };
  watchSpawns(true);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    // Pages are indexed one by one so each can carry the words readers use for what it covers
    // (content/search-aliases.yaml): a page about resumes is also found by "CV". The words go into
    // the index only, in a hidden element at the end of the searchable part; the page is unchanged.
    const aliases = JSON.parse(await readFile(path.join(outDir, 'search-aliases.json'), 'utf8')) as AliasList;
    const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !/^(pagefind|_astro)[\\/]/.test(f));
    // Every page and record is sent at once, in order, and the answers awaited together: Pagefind
    // indexes in a process of its own, and one round trip per page left both sides idle.
    const pageFiles = await Promise.all(
      files.map(async (file) => {
        const html = await readFile(path.join(outDir, file), 'utf8');
        const body = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
        return body === undefined ? null : { file, html, body };
      }),
    );
    const added: Promise<{ errors: string[] }>[] = [];
    let pages = 0;
    for (const page of pageFiles) {
      if (!page) continue;
      const { file, html, body } = page;
      const words = aliasWordsFor(body.replace(/<[^>]+>/g, ' '), aliases);
      const escaped = words.join(', ').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      const content = words.length ? html.replace('</main>', `<div hidden>${escaped}</div></main>`) : html;
      const url = `/${file
        .split(path.sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1')}`;
      added.push(index.addHTMLFile({ url, content }));
      pages++;
    }
    for (const record of records) {
      added.push(
        index.addCustomRecord({
          url: record.url,
          content: record.content,
          language: 'en',
          meta: { title: record.title, kind: record.kind },
        }),
      );
    }
    check((await Promise.all(added)).flatMap((result) => result.errors));
    check((await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })).errors);
    await rm(recordsFile);
    return {
      pages,
      questions: records.filter((r) => r.url.startsWith('/questions/')).length,
      tips: records.filter((r) => r.url.startsWith('/tips/')).length,
    };
  } finally {
    await pagefind.close();
    watchSpawns(false);
    await Promise.all(started.splice(0).map(exited));
  }
}
