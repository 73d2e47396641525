import { z } from 'astro/zod';
import { idSchema } from './ids';

/** When in the process a tip applies. */
export const phases = ['prepare', 'reach-out', 'during', 'after'] as const;
export const phaseSchema = z.enum(phases);

export const tipSchema = z.strictObject({
  /** Stable id; the anchor on the do's and don'ts page. */
  id: idSchema,
  /** Whether this is something to do or to avoid. */
  kind: z.enum(['do', 'dont']),
  /** The rule itself, in one line. */
  rule: z.string().min(5),
  /** One or two sentences on why it matters. */
  why: z.string().min(10),
  /** A fuller explanation in Markdown (links written from the site root), shown below the reason. */
  more: z.string().trim().min(10).optional(),
});

/**
 * One file of `content/tips/`: every tip of one phase, in the order the tips page shows them.
 * Tips are grouped because most are two lines of data: one file per tip made the build compile
 * dozens of near-empty MDX modules.
 */
export const tipGroupSchema = z.strictObject({
  /** The phase of the process every tip in the file belongs to. */
  phase: phaseSchema,
  /** The tips, in page order. */
  tips: z.array(tipSchema).min(1),
});

export type Phase = z.output<typeof phaseSchema>;
/** A tip with the phase its file gives it. */
export type Tip = z.output<typeof tipSchema> & { phase: Phase };
export type TipGroup = z.output<typeof tipGroupSchema>;
