import { z } from 'astro/zod';
import { idSchema } from './ids';

/** The groups guides are listed in, in reading order, with the names readers see. */
export const guideParts = ['basics', 'doing-it', 'situations'] as const;
export type GuidePart = (typeof guideParts)[number];
export const guidePartLabels: Record<GuidePart, string> = {
  basics: 'The basics',
  'doing-it': 'Doing it well',
  situations: 'Your situation',
};

export const guideSchema = z.strictObject({
  /** Stable id used in URLs (`/guides/<id>/`). */
  id: idSchema,
  /** Page heading. */
  title: z.string().min(3),
  /** One sentence for lists and the meta description. */
  description: z.string().min(10),
  /** Position in the guides list, starting at 1. */
  order: z.number().int().min(1),
  /** Which group the guide is listed under in the navigation and on the guides page. */
  part: z.enum(guideParts),
});

export type Guide = z.output<typeof guideSchema>;
