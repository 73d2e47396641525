import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { documentedFields, fieldAt, keysOf, unwrap } from '../../src/lib/edition/schema-walk';
import { editionSchema } from '../../src/schemas/edition';

// The settings messages and the README's reference read each field's description and example out
// of the schema; these helpers find a field by its path and see through defaults and optionals.
const kindOf = (schema: z.core.$ZodType) => schema._zod.def.type;

describe('the documentation of a field under its wrappers', () => {
  test('is found on the field when the default and optional around it carry none', () => {
    const documented = z.string().meta({ description: 'The handbook’s full name.', example: '"Harbor Handbook"' });
    const { inner, doc } = unwrap(documented.optional().default('Handbook'));
    expect(kindOf(inner)).toBe('string');
    expect(doc).toEqual({ description: 'The handbook’s full name.', example: '"Harbor Handbook"' });
  });

  test('is the outermost one when both the wrapper and the field have some', () => {
    const inner = z.string().meta({ description: 'Inner words.', example: 'inner' });
    expect(unwrap(inner.nullable().meta({ description: 'Outer words.' })).doc).toEqual({ description: 'Outer words.' });
  });
});

describe('the field a settings path points at', () => {
  test('goes through groups of settings, past their defaults', () => {
    expect(fieldAt(editionSchema, ['colors', 'dark', 'accent'])?.doc).toEqual({
      description: 'Links, primary buttons and ticked boxes. Must reach 4.5:1 contrast with the page and card backgrounds.',
      example: '"#9cc3ff"',
    });
  });

  test('goes into a list’s items by their position', () => {
    expect(fieldAt(editionSchema, ['footerLinks', 0, 'url'])?.doc).toEqual({
      description: 'Where it goes.',
      example: 'https://harbor.example.edu/careers',
    });
    expect(kindOf(fieldAt(editionSchema, ['embed', 'allowedOrigins', 3])!.inner)).toBe('string');
  });

  test('is the whole settings for an empty path', () => {
    expect(fieldAt(editionSchema, [])?.inner).toBe(editionSchema);
  });

  test.each([
    [['colours'], 'a name that is not a setting'],
    [['colors', 'light', 'accent', 'shade'], 'a name under a plain value'],
    [['footerLinks', 'label'], 'a name where a list wants a position'],
    [['site', 0], 'a position in a group of settings'],
  ])('leads nowhere for %j (%s)', (path) => {
    expect(fieldAt(editionSchema, path)).toBeUndefined();
  });
});

describe('the names a group of settings accepts', () => {
  test('are its fields, in the order the schema gives them', () => {
    expect(keysOf(unwrap(editionSchema.shape.contact).inner)).toEqual(['heading', 'bookingUrl', 'email', 'phone', 'hours', 'location']);
  });

  test('are none for a plain value or a list', () => {
    expect(keysOf(z.string())).toEqual([]);
    expect(keysOf(z.array(z.strictObject({ label: z.string() })))).toEqual([]);
  });
});

describe('every documented field, for the reference', () => {
  test('lists groups before their fields, a list’s item fields with [], and plain lists alone', () => {
    const settings = z.strictObject({
      name: z.string().default('Handbook').meta({ description: 'The name.', example: '"Harbor"' }),
      colors: z
        .strictObject({
          light: z.strictObject({ accent: z.string().meta({ description: 'The accent.', example: '"#155443"' }) }).optional(),
        })
        .default({})
        .meta({ description: 'Brand colors.', example: '{ light: { accent: "#155443" } }' }),
      footerLinks: z
        .array(z.strictObject({ label: z.string().meta({ description: 'The link’s words.', example: '"Home"' }) }))
        .default([])
        .meta({ description: 'Extra links.', example: '[{ label: "Home" }]' }),
      tags: z.array(z.string()).default([]).meta({ description: 'Words to find it by.', example: '[careers]' }),
    });
    expect(documentedFields(settings)).toEqual([
      { path: 'name', doc: { description: 'The name.', example: '"Harbor"' } },
      { path: 'colors', doc: { description: 'Brand colors.', example: '{ light: { accent: "#155443" } }' } },
      { path: 'colors.light', doc: {} },
      { path: 'colors.light.accent', doc: { description: 'The accent.', example: '"#155443"' } },
      { path: 'footerLinks', doc: { description: 'Extra links.', example: '[{ label: "Home" }]' } },
      { path: 'footerLinks[].label', doc: { description: 'The link’s words.', example: '"Home"' } },
      { path: 'tags', doc: { description: 'Words to find it by.', example: '[careers]' } },
    ]);
  });

  test('starts its paths with the prefix it is given', () => {
    const group = z.strictObject({ url: z.string().meta({ description: 'Where it goes.' }) });
    expect(documentedFields(group, 'site')).toEqual([{ path: 'site.url', doc: { description: 'Where it goes.' } }]);
  });
});
