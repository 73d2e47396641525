// Synthetic handbook content for the build benchmark: N times today's content, shaped the way a
// bigger edition would grow. Every collection that makes pages (steps, question categories,
// guides, templates) gets N copies of each entry; tips get N copies of each tip inside today's
// four phase files, since there are only four phases and an edition's tips would join them. Each
// copy has its own ids and orders and its references point at its own copies, so the result passes
// the same schemas and integrity checks as the real content.
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** The collections the benchmark multiplies; the others are copied once. */
export const SCALED = ['steps', 'tips', 'questions', 'guides', 'templates'] as const;

/** Collections whose copies stay in the original file (a list in its data), not files of their own. */
const IN_FILE: Record<string, string> = { tips: 'tips' };

/** One content file: its collection folder, file name without extension, frontmatter and body. */
export interface ContentFile {
  collection: string;
  name: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits an MDX file into its frontmatter (parsed YAML) and its body. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

/** Writes frontmatter and body back as an MDX file. */
export function joinFrontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

/** The id copy k gives an id: copy 1 keeps it, so links into the real content still resolve. */
export function copyId(id: string, copy: number): string {
  return copy === 1 ? id : `${id}-x${copy}`;
}

/** Every id the copies rename: entries' ids, the tips in each phase file, and the questions in each category (with their aliases). */
export function scaledIds(files: ContentFile[]): Set<string> {
  const ids = new Set<string>();
  for (const f of files) {
    if (!(SCALED as readonly string[]).includes(f.collection)) continue;
    if (typeof f.data.id === 'string') ids.add(f.data.id);
    if (f.collection === 'tips' && Array.isArray(f.data.tips)) {
      for (const t of f.data.tips as { id?: unknown }[]) if (typeof t.id === 'string') ids.add(t.id);
    }
    if (f.collection === 'questions' && Array.isArray(f.data.questions)) {
      for (const q of f.data.questions as { id?: unknown; aliases?: unknown }[]) {
        if (typeof q.id === 'string') ids.add(q.id);
        // Old ids of merged questions are ids too: each copy needs its own, or copies would clash.
        if (Array.isArray(q.aliases)) for (const a of q.aliases) if (typeof a === 'string') ids.add(a);
      }
    }
  }
  return ids;
}

/**
 * Copy k of an entry's data. Any string equal to a renamed id becomes that id's copy (the entry's
 * own id, its questions' ids, and its references); ids of other collections, such as templates,
 * stay, since those are not copied. A top-level `order` moves up by `orderStride` per copy.
 */
export function copyData(data: Record<string, unknown>, copy: number, ids: Set<string>, orderStride: number): Record<string, unknown> {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.has(value) ? copyId(value, copy) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const copied = walk(data) as Record<string, unknown>;
  if (typeof data.order === 'number') copied.order = data.order + (copy - 1) * orderStride;
  return copied;
}

/** Relative imports in an MDX body made absolute, so the body still compiles from another folder. */
export function absoluteImports(body: string, fromDir: string): string {
  return body.replace(
    /^((?:import|export)\b[^\n]*?\bfrom\s*)(['"])(\.{1,2}\/[^'"]+)\2/gm,
    (_, head: string, quote: string, spec: string) => {
      return `${head}${quote}${path.resolve(fromDir, spec).split(path.sep).join('/')}${quote}`;
    },
  );
}

/**
 * The content at `scale` times today's size: `scale` copies of every entry of the collections in
 * SCALED (tips as `scale` copies of each tip within its phase file), one of everything else.
 */
export function scaleContent(files: ContentFile[], scale: number): ContentFile[] {
  const ids = scaledIds(files);
  const stride = new Map<string, number>();
  for (const f of files) {
    if (typeof f.data.order === 'number') stride.set(f.collection, Math.max(stride.get(f.collection) ?? 0, f.data.order));
  }
  return files.flatMap((f) => {
    if (!(SCALED as readonly string[]).includes(f.collection)) return [f];
    const copies = Array.from({ length: scale }, (_, i) => copyData(f.data, i + 1, ids, stride.get(f.collection) ?? 0));
    const list = IN_FILE[f.collection];
    if (list) {
      // copy 1 of the list first, then copy 2, and so on: today's tips keep their place.
      return [{ ...f, data: { ...copies[0], [list]: copies.flatMap((c) => c[list] as unknown[]) } }];
    }
    return copies.map((data, i) => ({ collection: f.collection, name: copyId(f.name, i + 1), data, body: f.body }));
  });
}
