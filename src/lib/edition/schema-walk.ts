import type { z } from 'astro/zod';

/** What a schema's `.meta()` says about a field: the README's description and an example value. */
export interface FieldDoc {
  description?: string;
  example?: string;
}

type AnySchema = z.core.$ZodType;
type Def = { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema };

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const docOf = (schema: AnySchema): FieldDoc => ((schema as z.ZodType).meta?.() as FieldDoc | undefined) ?? {};

/** The schema under its wrappers (default, optional, nullable...), with the first doc met on the way. */
export function unwrap(schema: AnySchema): { inner: AnySchema; doc: FieldDoc } {
  let doc = docOf(schema);
  let inner = schema;
  for (let def = defOf(inner); def.innerType; def = defOf(inner)) {
    inner = def.innerType;
    if (!doc.description) doc = docOf(inner);
  }
  return { inner, doc };
}

/** The field a settings path points at (`["colors", "light", "accent"]`), or undefined. */
export function fieldAt(root: AnySchema, path: readonly PropertyKey[]): { inner: AnySchema; doc: FieldDoc } | undefined {
  let here = unwrap(root);
  for (const key of path) {
    const def = defOf(here.inner);
    const next =
      // Stryker disable next-line OptionalChaining: zod's object def always has its shape, so `?.` never stops here
      def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' && typeof key === 'number' ? def.element : undefined;
    if (!next) return undefined;
    here = unwrap(next);
  }
  return here;
}

/** The keys an object field accepts, for "did you mean" and for the reference. */
export function keysOf(schema: AnySchema): string[] {
  const def = defOf(schema);
  // Stryker disable next-line LogicalOperator: only zod's object def has a shape, so `||` gives the same keys (and none for the rest)
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Every documented field, depth first, as a dotted path (array items as `[]`), for the reference. */
export function documentedFields(root: AnySchema, prefix = ''): { path: string; doc: FieldDoc }[] {
  const rows: { path: string; doc: FieldDoc }[] = [];
  const { inner } = unwrap(root);
  for (const key of keysOf(inner)) {
    const child = defOf(inner).shape![key]!;
    const { inner: childInner, doc } = unwrap(child);
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push({ path, doc });
    const def = defOf(childInner);
    if (def.type === 'object') rows.push(...documentedFields(childInner, path));
    if (def.type === 'array' && def.element && defOf(unwrap(def.element).inner).type === 'object') {
      rows.push(...documentedFields(def.element, `${path}[]`));
    }
  }
  return rows;
}
