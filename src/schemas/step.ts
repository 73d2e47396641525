import { z } from 'astro/zod';
import { idListSchema, idSchema } from './ids';

/** One thing to do before moving on; ticks are stored against its id. */
export const checklistItemSchema = z.strictObject({
  /** Stable id, unique within the step; the anchor on the page. */
  id: idSchema,
  /** What to do, in one short sentence. */
  text: z.string().min(3),
  /**
   * The step this item used to be on, when it moved: its ticks stay saved under that step, and
   * that step's page keeps the item's old anchor as a "moved" line pointing here.
   */
  movedFrom: idSchema.optional(),
});

export const stepSchema = z.strictObject({
  /** Stable id used in URLs (`/steps/<id>/`). Never change it once published. */
  id: idSchema,
  /** Position in the six-step sequence, starting at 1. */
  order: z.number().int().min(1),
  /** Short heading for the step. */
  title: z.string().min(3),
  /** One or two sentences shown on the home page and in lists. */
  summary: z.string().min(10),
  /** How long the step usually takes, in words (for example "One or two evenings"). */
  time: z.string().min(2),
  /** The step's checklist: 5 to 10 concrete items. */
  checklist: z.array(checklistItemSchema).min(1),
  /** Ids of related do's and don'ts. */
  tips: idListSchema,
  /** Ids of related questions from the bank. */
  questions: idListSchema,
  /** Ids of related message templates. */
  templates: idListSchema,
});

export type Step = z.output<typeof stepSchema>;
export type ChecklistItem = z.output<typeof checklistItemSchema>;
