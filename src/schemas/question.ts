import { z } from 'astro/zod';
import { idSchema } from './ids.ts';

/** Who a question suits: students and new graduates, career changers, people returning to work, job seekers. */
export const situations = ['student', 'changer', 'returning', 'seeker'] as const;
export const situationSchema = z.enum(situations);

/** Where in the conversation a question belongs. */
export const parts = ['opening', 'core', 'closing'] as const;
export const partSchema = z.enum(parts);

export const questionSchema = z.strictObject({
  /** Stable id, unique across every category; shared sheets and links store it. */
  id: idSchema,
  /** The question as the reader would ask it. */
  text: z.string().min(5),
  /** The situations the question suits (at least one). */
  situations: z.array(situationSchema).min(1),
  /** Its part of the conversation. */
  part: partSchema,
  /** Touches something personal such as pay; best asked later, and gently. */
  sensitive: z.boolean().default(false),
  /** Only makes sense once you have done your own research. */
  needsResearch: z.boolean().default(false),
  /** Old ids of questions merged into this one; links, sheets and steps that name them still find it. */
  aliases: z.array(idSchema).min(1).optional(),
});

export const questionCategorySchema = z.strictObject({
  /** Stable id used in URLs (`/questions/<id>/`). */
  id: idSchema,
  /** Heading for the category. */
  title: z.string().min(3),
  /** One sentence describing what the questions are for. */
  description: z.string().min(10),
  /** Position among the categories, starting at 1. */
  order: z.number().int().min(1),
  /** The questions in this category. */
  questions: z.array(questionSchema).min(1),
  /**
   * Old ids of questions that lived here and were merged into a question in another category
   * (where they are listed as `aliases`): this page keeps an anchor for each that points there.
   */
  movedQuestions: z.array(idSchema).min(1).optional(),
});

export type Question = z.output<typeof questionSchema>;
export type QuestionCategory = z.output<typeof questionCategorySchema>;
export type Situation = z.output<typeof situationSchema>;
export type Part = z.output<typeof partSchema>;
