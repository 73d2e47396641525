import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { edition } from 'virtual:handbook/edition';
import { isPlainMarkdown } from './lib/plain-markdown';
import { guideSchema } from './schemas/guide';
import { questionCategorySchema } from './schemas/question';
import { searchAliasSchema } from './schemas/search-alias';
import { stepSchema } from './schemas/step';
import { templateSchema } from './schemas/template';
import { tipGroupSchema } from './schemas/tip';

// The edition folder (EDITION_DIR, or CONTENT_DIR as the tests and the benchmark call it; the
// site's own is ./content). With `extends: default` in its edition.yaml, each collection reads
// the project's folder and the edition's, and src/data/handbook.ts layers one over the other
// (issue #15); entries keep their file paths, which is how it tells them apart. The edition is
// loaded once, by the handbook integration (src/integration/).
const { layered } = edition;
const root = path.relative('.', edition.dir) || '.';
const aliasFile = `${root}/search-aliases.yaml`;
const defaultRoot = path.relative('.', edition.projectDir);
// One glob reads both folders, and a glob pattern cannot climb out of its base with "../", so the
// base is the nearest folder holding both: the project for an edition inside it, higher for one
// beside it or elsewhere (README, "Where the edition folder lives").
const layerBase = (() => {
  const [a, b] = [path.resolve(edition.projectDir).split(path.sep), path.resolve(edition.dir).split(path.sep)];
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return a.slice(0, shared).join(path.sep) || path.sep;
})();
const fromLayerBase = (folder: string) => path.relative(layerBase, folder).split(path.sep).join('/');

/**
 * The MDX files of one folder. Astro compiles every MDX entry into a module of the site's server
 * bundle so that render() can show its body, and that module is most of what each page costs
 * the build. An entry whose body is plain Markdown (all of today's content: see isPlainMarkdown)
 * is rendered here instead, once, with the same Markdown settings as MDX (astro.config.mjs), and
 * stored with its HTML and headings as a .md entry would be: no module. An entry whose body is
 * empty (content/tips/ is all data) is stored as data alone. An entry that uses MDX itself
 * (imports, components, expressions) is compiled as before.
 */
const mdx = (folder: string): Loader => {
  // A layered edition reads the project's folder and its own; ids are the file paths, and
  // src/data/handbook.ts layers the edition's entries over the project's (issue #15).
  const files = layered
    ? glob({
        pattern: [`${fromLayerBase(edition.projectDir)}/${folder}/**/*.mdx`, `${fromLayerBase(edition.dir)}/${folder}/**/*.mdx`],
        base: path.relative('.', layerBase) || '.',
        generateId: ({ entry }) => entry,
      })
    : glob({ pattern: '**/*.mdx', base: `${root}/${folder}` });
  return {
    name: `mdx-${folder}`,
    load: async (context) => {
      const { store, renderMarkdown, config } = context;
      const rendering: Promise<unknown>[] = [];
      const set: typeof store.set = (entry) => {
        const body = entry.body ?? '';
        if (!body.trim()) return store.set({ ...entry, deferredRender: false });
        if (!entry.filePath || !isPlainMarkdown(body)) return store.set(entry);
        rendering.push(
          renderMarkdown(body, { fileURL: new URL(entry.filePath, config.root) }).then(
            (rendered) => {
              const images = rendered.metadata?.imagePaths;
              // Sätteri ends its HTML with a line break, which would put a space after the body's
              // last word in the page's text; the pages stay exactly as they were without it.
              const html = rendered.html.replace(/\n$/, '');
              return store.set({
                ...entry,
                deferredRender: false,
                rendered: { ...rendered, html },
                ...(images?.length ? { assetImports: images } : {}),
              });
            },
            (error: Error) => {
              throw new Error(`${entry.filePath}: the body could not be rendered: ${error.message}`);
            },
          ),
        );
        return true;
      };
      await files.load({ ...context, store: { ...store, set } });
      await Promise.all(rendering);
    },
  };
};
// A layered edition may have its own aliases file; the project's is used otherwise.
const aliases = layered && !existsSync(aliasFile) ? `${defaultRoot}/search-aliases.yaml` : aliasFile;

export const collections = {
  steps: defineCollection({ loader: mdx('steps'), schema: stepSchema }),
  tips: defineCollection({ loader: mdx('tips'), schema: tipGroupSchema }),
  questions: defineCollection({ loader: mdx('questions'), schema: questionCategorySchema }),
  templates: defineCollection({ loader: mdx('templates'), schema: templateSchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  // Optional: a handbook without the file simply has no aliases.
  searchAliases: defineCollection({
    loader: existsSync(aliases) ? file(aliases) : { name: 'no-search-aliases', load: async () => {} },
    schema: searchAliasSchema,
  }),
};
