import { z } from 'astro/zod';
import { budgets } from '../lib/sheet/sheet.ts';
import { idSchema } from './ids.ts';
import { situationSchema } from './question.ts';

/** One starter sheet in `<edition>/presets.yaml`; its questions are checked against the bank at build. */
export const presetSchema = z.strictObject({
  /** Stable id; counselors link to it as /builder/#preset=<id>. */
  id: idSchema,
  /** Short name shown on the card. */
  title: z.string().trim().min(3).max(60),
  /** The situation it is written for: student, changer, returning or seeker. */
  situation: situationSchema,
  /** One sentence on who it suits. */
  description: z.string().trim().min(10).max(160),
  /** The time budget it sets, in minutes. */
  minutes: z.union(budgets.map((m) => z.literal(m))).default(30),
  /** Bank question ids in asking order, ending with the referral question. */
  questions: z.array(idSchema).min(3),
});

/** The whole file: a list of starter sheets, in the order the builder offers them. */
export const presetFileSchema = z.array(presetSchema);
