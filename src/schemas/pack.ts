import { z } from 'astro/zod';
import { MAX_GOAL, MAX_GOAL_DAYS, MAX_NOTE, MAX_QUESTIONS, MAX_READINGS, MAX_TITLE } from '../lib/pack/format.ts';
import { budgets } from '../lib/sheet/sheet.ts';
import { idSchema } from './ids.ts';

const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, like 2027-03-15')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'is not a real day',
  );

/** One item of a pack's reading list: exactly one of step, guide, template, tip, category or question. */
export const packReadingSchema = z
  .strictObject({
    /** A step's id; with `item`, one item of its checklist. */
    step: idSchema.optional(),
    /** A checklist item's id, inside `step`. */
    item: idSchema.optional(),
    /** A guide's id. */
    guide: idSchema.optional(),
    /** A message template's id. */
    template: idSchema.optional(),
    /** A tip's id (the do's and don'ts). */
    tip: idSchema.optional(),
    /** A question category's id. */
    category: idSchema.optional(),
    /** A bank question's id. */
    question: idSchema.optional(),
    /** Read by this day (YYYY-MM-DD). */
    by: dateSchema.optional(),
  })
  .refine(
    (r) => [r.step, r.guide, r.template, r.tip, r.category, r.question].filter(Boolean).length === 1,
    'must name exactly one of step, guide, template, tip, category or question',
  )
  .refine((r) => !r.item || r.step, '"item" is a checklist item, so it needs the "step" it is on');

/** One ready-made class pack in `<edition>/packs.yaml`; ids are checked against the handbook at build. */
export const packSchema = z
  .strictObject({
    /** Stable id; its short link is /pack/#p=<id>. */
    id: idSchema,
    /** The pack's name, shown to students and on the counselors page. */
    title: z.string().trim().min(3).max(MAX_TITLE),
    /** A short note to the class. */
    note: z.string().trim().max(MAX_NOTE).default(''),
    /** A starter sheet's id (presets.yaml), for the questions. */
    sheet: idSchema.optional(),
    /** Or hand-picked bank question ids, in asking order. */
    questions: z.array(idSchema).min(1).max(MAX_QUESTIONS).optional(),
    /** The time budget for hand-picked questions, in minutes. */
    minutes: z.union(budgets.map((m) => z.literal(m))).default(30),
    /** What to read, in order. */
    readings: z.array(packReadingSchema).max(MAX_READINGS).default([]),
    /** The goal: how many conversations, within how many days of a student opening the pack (or by a date). */
    goal: z
      .strictObject({
        /** How many conversations to hold. */
        conversations: z.number().int().min(1).max(MAX_GOAL),
        /** Days after the student first opens the pack. */
        within: z.number().int().min(1).max(MAX_GOAL_DAYS).optional(),
        /** Or a fixed day (YYYY-MM-DD). */
        by: dateSchema.optional(),
      })
      .refine((g) => Boolean(g.within) !== Boolean(g.by), 'give either "within" (days) or "by" (a date), not both')
      .optional(),
    /** Where students send their progress; the edition's contact email when left out. */
    email: z.email().optional(),
  })
  .refine((p) => !(p.sheet && p.questions), 'give either "sheet" or "questions", not both');

/** The whole file: a list of packs, in the order the counselors page offers them. */
export const packFileSchema = z.array(packSchema);

export type EditionPack = z.output<typeof packSchema>;
