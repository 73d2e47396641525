import { z } from 'astro/zod';
import { idSchema } from './ids';

/** A name written as `{name}` inside a template's message. */
export const placeholderSchema = z.strictObject({
  /** The name used in braces in the message, such as `theirName`. */
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be a single word of letters and digits, like "theirName"'),
  /** What to put there, for the reader. */
  label: z.string().min(2),
});

export const templateSchema = z
  .strictObject({
    /** Stable id used in URLs (`/templates/<id>/`). */
    id: idSchema,
    /** Short name of the template. */
    title: z.string().min(3),
    /** Position in the templates list, starting at 1. */
    order: z.number().int().min(1),
    /** How the message is sent. */
    channel: z.enum(['email', 'phone', 'network', 'letter']),
    /** When to use it, in a sentence or two. */
    when: z.string().min(10),
    /** Subject line for email templates; may contain placeholders. */
    subject: z.string().optional(),
    /** The message itself, with `{placeholders}`. */
    message: z.string().min(20),
    /** Every placeholder the subject and message use, with a label. */
    placeholders: z.array(placeholderSchema).default([]),
    /** Longest allowed length of the filled message, for channels with a limit. */
    maxLength: z.number().int().positive().optional(),
  })
  .superRefine((t, ctx) => {
    const declared = new Set(t.placeholders.map((p) => p.name));
    const used = new Set([...`${t.subject ?? ''} ${t.message}`.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((m) => m[1]!));
    for (const name of used) {
      if (!declared.has(name))
        ctx.addIssue({
          code: 'custom',
          path: ['placeholders'],
          message: `"{${name}}" is used in the message but not declared in placeholders`,
        });
    }
    for (const name of declared) {
      if (!used.has(name))
        ctx.addIssue({ code: 'custom', path: ['placeholders'], message: `"${name}" is declared but never used in the subject or message` });
    }
  });

export type Template = z.output<typeof templateSchema>;
