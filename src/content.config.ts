import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
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
 * bundle so that render() can show its body; an entry whose body is empty (all of it is data, as
 * in content/tips/) has nothing to render, so it is stored as data alone and costs the build no
 * module. Pages never render such an entry; if one did, it would get empty content.
 */
const mdx = (folder: string): Loader => {
  const files = glob({ pattern: '**/*.mdx', base: `${root}/${folder}` });
  return {
    name: `mdx-${folder}`,
    load: (context) => {
      const { store } = context;
      const set: typeof store.set = (entry) => store.set(entry.body?.trim() ? entry : { ...entry, deferredRender: false });
      return files.load({ ...context, store: { ...store, set } });
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
