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
  /** The phase of the process the tip belongs to. */
  phase: phaseSchema,
  /** The rule itself, in one line. */
  rule: z.string().min(5),
  /** One or two sentences on why it matters. */
  why: z.string().min(10),
});

export type Tip = z.output<typeof tipSchema>;
export type Phase = z.output<typeof phaseSchema>;
