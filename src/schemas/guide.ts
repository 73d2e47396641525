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
  /**
   * Old anchors that still lead to a section whose heading was reworded: each key is the slug the
   * heading had (`running-late-cancelling-and-no-shows`), each value the heading's slug now. The
   * page keeps an empty target with the old id just before the heading, so links made before the
   * change still land there; a value that names no heading on the page fails the build.
   */
  anchorAliases: z.record(idSchema, idSchema).optional(),
});

export type Guide = z.output<typeof guideSchema>;
