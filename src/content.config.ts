import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { isPlainMarkdown } from './lib/plain-markdown';
import { guideSchema } from './schemas/guide';
import { questionCategorySchema } from './schemas/question';
import { searchAliasSchema } from './schemas/search-alias';
import { stepSchema } from './schemas/step';
import { templateSchema } from './schemas/template';
import { tipGroupSchema } from './schemas/tip';

// CONTENT_DIR lets the tests build from fixture folders; the site always uses ./content.
const root = process.env.CONTENT_DIR ?? './content';
const aliasFile = `${root}/search-aliases.yaml`;

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
  const files = glob({ pattern: '**/*.mdx', base: `${root}/${folder}` });
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

export const collections = {
  steps: defineCollection({ loader: mdx('steps'), schema: stepSchema }),
  tips: defineCollection({ loader: mdx('tips'), schema: tipGroupSchema }),
  questions: defineCollection({ loader: mdx('questions'), schema: questionCategorySchema }),
  templates: defineCollection({ loader: mdx('templates'), schema: templateSchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  // Optional: a handbook without the file simply has no aliases.
  searchAliases: defineCollection({
    loader: existsSync(aliasFile) ? file(aliasFile) : { name: 'no-search-aliases', load: async () => {} },
    schema: searchAliasSchema,
  }),
};
