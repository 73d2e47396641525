import { z } from 'astro/zod';
import { idSchema } from './ids';

/** One word or phrase as a reader might type it. */
const wordSchema = z.string().trim().min(1, 'must not be empty');

/**
 * An entry of `content/search-aliases.yaml`: a group of words that mean the same to a reader, or
 * other names for one question.
 */
export const searchAliasSchema = z
  .strictObject({
    /** Stable id of the entry, for error messages and later edits. */
    id: idSchema,
    /** For a question's other names: the question's id. Leave out for a group of words. */
    question: idSchema.optional(),
    /** The words and phrases: at least two for a group, at least one for a question. */
    words: z.array(wordSchema).min(1, 'needs at least one word'),
  })
  .superRefine((entry, ctx) => {
    if (entry.question === undefined && entry.words.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['words'],
        message: 'a group needs at least two words: add another, or name a `question` the word belongs to',
      });
    }
  });

export type SearchAlias = z.output<typeof searchAliasSchema>;
