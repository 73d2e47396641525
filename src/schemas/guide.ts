import { z } from 'astro/zod';
import { idSchema } from './ids';

export const guideSchema = z.strictObject({
  /** Stable id used in URLs (`/guides/<id>/`). */
  id: idSchema,
  /** Page heading. */
  title: z.string().min(3),
  /** One sentence for lists and the meta description. */
  description: z.string().min(10),
  /** Position in the guides list, starting at 1. */
  order: z.number().int().min(1),
});

export type Guide = z.output<typeof guideSchema>;
