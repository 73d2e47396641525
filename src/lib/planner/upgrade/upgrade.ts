import { plannerDataSchema, type PlannerData } from '../../../schemas/planner.ts';
import { v1DocumentSchema } from '../../../schemas/planner-v1.ts';
import { v2DocumentSchema, type V2Data } from '../../../schemas/planner-v2.ts';
import { describeIssues, type ReadResult } from '../document.ts';
import { messages } from '../values.ts';
import { migrateV1 } from './v1-to-v2.ts';
import { migrateV2 } from './v2-to-v3.ts';

function finish(data: PlannerData, from: number): ReadResult {
  const migrated = plannerDataSchema.safeParse(data);
  if (!migrated.success)
    return { kind: 'corrupt', reason: `it could not be updated from version ${from}: ${describeIssues(migrated.error.issues)}` };
  return { kind: 'ok', data: migrated.data, migratedFrom: from };
}

/**
 * Reads a document saved by an older planner and migrates it step by step to the current
 * version. Each version adds one step here, so data from any earlier version goes through every
 * migration after it (version 1 goes 1 → 2 → 3).
 */
export function upgradeDocument(doc: object, version: number): ReadResult {
  let v2: V2Data;
  if (version === 1) {
    const v1 = v1DocumentSchema.safeParse(doc);
    if (!v1.success) return { kind: 'corrupt', reason: describeIssues(v1.error.issues) };
    // Version 1 never checked its change times (milliseconds); one past what a Date holds would
    // make the migration throw, so it is named like any other wrong field.
    const unreal = v1.data.data.contacts.findIndex((c) => Number.isNaN(new Date(c.modified).getTime()));
    if (unreal >= 0) return { kind: 'corrupt', reason: `data.contacts[${unreal}].modified: ${messages.realTime}` };
    v2 = migrateV1(v1.data);
  } else if (version === 2) {
    const parsed = v2DocumentSchema.safeParse(doc);
    if (!parsed.success) return { kind: 'corrupt', reason: describeIssues(parsed.error.issues) };
    v2 = parsed.data.data;
  } else {
    return { kind: 'corrupt', reason: `version ${version} is unknown` };
  }
  return finish(migrateV2(v2), version);
}
