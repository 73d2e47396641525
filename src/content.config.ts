import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { DEFAULT_EDITION_DIR, loadEditionSettings } from './lib/edition/settings';
import { guideSchema } from './schemas/guide';
import { questionCategorySchema } from './schemas/question';
import { searchAliasSchema } from './schemas/search-alias';
import { stepSchema } from './schemas/step';
import { templateSchema } from './schemas/template';
import { tipGroupSchema } from './schemas/tip';

// The edition folder (EDITION_DIR, or CONTENT_DIR as the tests and the benchmark call it; the
// site's own is ./content). With `extends: default` in its edition.yaml, each collection reads
// the project's folder and the edition's, and src/data/handbook.ts layers one over the other
// (issue #15); entries keep their file paths, which is how it tells them apart.
const { dir, settings } = loadEditionSettings();
const root = path.relative('.', dir) || '.';
const layered = settings.extends === 'default' && path.resolve(dir) !== path.resolve(DEFAULT_EDITION_DIR);
const aliasFile = `${root}/search-aliases.yaml`;
const defaultRoot = path.relative('.', DEFAULT_EDITION_DIR);
const mdx = (folder: string) =>
  layered
    ? glob({ pattern: [`${defaultRoot}/${folder}/**/*.mdx`, `${root}/${folder}/**/*.mdx`], base: '.', generateId: ({ entry }) => entry })
    : glob({ pattern: '**/*.mdx', base: `${root}/${folder}` });
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
