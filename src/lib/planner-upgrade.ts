import { plannerDataSchema } from '../schemas/planner';
import { v1DocumentSchema } from '../schemas/planner-v1';
import { describeIssues, type ReadResult } from './planner-document';
import { migrateV1 } from './planner-migrate';

/**
 * Reads a document saved by an older planner and migrates it step by step to the current
 * version. Each future version adds one step here (v2 to v3, ...), so data from any earlier
 * version goes through every migration after it.
 */
export function upgradeDocument(doc: object, version: number): ReadResult {
  if (version === 1) {
    const v1 = v1DocumentSchema.safeParse(doc);
    if (!v1.success) return { kind: 'corrupt', reason: describeIssues(v1.error.issues) };
    const migrated = plannerDataSchema.safeParse(migrateV1(v1.data));
    if (!migrated.success) return { kind: 'corrupt', reason: `it could not be updated from version 1: ${describeIssues(migrated.error.issues)}` };
    return { kind: 'ok', data: migrated.data, migratedFrom: 1 };
  }
  return { kind: 'corrupt', reason: `version ${version} is unknown` };
}
