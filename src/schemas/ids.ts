import { z } from 'astro/zod';

/** A stable, human-readable id: lowercase words joined by hyphens. Links and saved sheets point at it. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, like "ask-for-referrals"');

/** A list of ids that must each name an existing entry (checked across collections at build time). */
export const idListSchema = z.array(idSchema).default([]);
