import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { questionCategorySchema } from './schemas/question';
import { searchAliasSchema } from './schemas/search-alias';
import { stepSchema } from './schemas/step';
import { templateSchema } from './schemas/template';
import { tipGroupSchema } from './schemas/tip';

// CONTENT_DIR lets the tests build from fixture folders; the site always uses ./content.
const root = process.env.CONTENT_DIR ?? './content';
const aliasFile = `${root}/search-aliases.yaml`;
const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `${root}/${folder}` });

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
