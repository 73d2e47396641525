import { z } from 'astro/zod';
import { afterEach, expect, test, vi } from 'vitest';
import { editionReference } from '../../src/lib/edition/reference';

// The README's settings reference is a Markdown table made from the schema's own descriptions
// (edition-layers.test.ts checks the README's copy is current). Here it is made from small
// stand-in schemas, to see how it writes what the real one does not have yet.
const SCHEMA_MODULE = '../../src/schemas/edition.ts';

/** The reference as editionReference() writes it when the edition's settings are `schema`. */
async function referenceFor(schema: z.ZodType): Promise<string> {
  vi.resetModules();
  vi.doMock(SCHEMA_MODULE, () => ({ editionSchema: schema }));
  const fresh = await import('../../src/lib/edition/reference');
  return fresh.editionReference();
}

afterEach(() => {
  vi.doUnmock(SCHEMA_MODULE);
  vi.resetModules();
});

const HEADER = '| setting | what it does | example |\n| --- | --- | --- |';

test('every setting of the real schema says what it does and shows an example', () => {
  const rows = editionReference().split('\n').slice(2);
  expect(rows).not.toHaveLength(0);
  for (const row of rows) expect(row, row).toMatch(/^\| `[\w.[\]]+` \| \S.* \| `\S.*` \|$/);
});

test('a setting without a description or an example gets empty cells, not "undefined"', async () => {
  const schema = z.strictObject({ logo: z.string().nullable().default(null) });
  expect(await referenceFor(schema)).toBe(`${HEADER}\n| \`logo\` |  |  |`);
});

test('a | in a description or an example is escaped, so the row keeps its three cells', async () => {
  const schema = z.strictObject({
    extends: z.enum(['default', 'none']).meta({ description: 'Either "default" | "none".', example: 'default | none' }),
  });
  expect(await referenceFor(schema)).toBe(`${HEADER}\n| \`extends\` | Either "default" \\| "none". | \`default \\| none\` |`);
});
