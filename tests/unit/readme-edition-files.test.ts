import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { guideSchema } from '../../src/schemas/guide';
import { packFileSchema } from '../../src/schemas/pack';
import { presetFileSchema } from '../../src/schemas/preset';
import { questionCategorySchema } from '../../src/schemas/question';
import { searchAliasSchema } from '../../src/schemas/search-alias';
import { templateSchema } from '../../src/schemas/template';
import { tipGroupSchema } from '../../src/schemas/tip';

// The README shows a career centre one example of each edition file; each must be a file the
// build accepts, or the first thing they copy would fail.
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('### The files of an edition'), readme.indexOf('### Settings reference'));
const examples = [...section.matchAll(/```(markdown|yaml)\n([\s\S]*?)```/g)].map(([, lang, body]) =>
  lang === 'markdown' ? parse(body!.split(/^---$/m)[1]!) : parse(body!),
);

test('the README shows one example of each edition file', () => {
  expect(examples).toHaveLength(7);
});

test.each([
  { what: 'a guide', schema: guideSchema, index: 0 },
  { what: 'a file of tips', schema: tipGroupSchema, index: 1 },
  { what: 'a question category', schema: questionCategorySchema, index: 2 },
  { what: 'a message template', schema: templateSchema, index: 3 },
  { what: 'starter question sheets', schema: presetFileSchema, index: 4 },
  { what: 'search words', schema: searchAliasSchema.array(), index: 5 },
  { what: 'class packs', schema: packFileSchema, index: 6 },
])('the README’s example of $what is valid', ({ schema, index }) => {
  expect(schema.safeParse(examples[index]).error).toBeUndefined();
});
