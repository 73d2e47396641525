import type { PlannerData } from '../../schemas/planner.ts';
import { checkPlannerData } from './check.ts';
import { PLANNER_VERSION } from './values.ts';

/**
 * What reading a stored planner found. Never throws: unreadable input is `corrupt`, with the
 * reason. `outdated` means an older version that needs the upgrader, which is passed in rather
 * than imported: old data is rare, so its schemas and migrations load only when met.
 */
export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; data: PlannerData; migratedFrom: number | null }
  | { kind: 'newer'; version: number; data: PlannerData | null }
  | { kind: 'outdated'; version: number }
  | { kind: 'corrupt'; reason: string };

/** Brings a document of an older version up to date (see planner-upgrade.ts). */
export type Upgrade = (doc: object, version: number) => ReadResult;

/** A fresh, empty planner. */
export function emptyPlanner(): PlannerData {
  return {
    profile: { myName: '', fields: [], interests: [], strengths: [], values: [], updatedAt: null },
    people: [],
    conversations: [],
    deleted: [],
  };
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** Names the first few schema problems in words, such as `people[2].name: must not be empty`. */
export function describeIssues(issues: readonly Issue[], prefix: PropertyKey[] = [], max = 3): string {
  const where = (path: PropertyKey[]) =>
    path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || 'the file';
  const shown = issues.slice(0, max).map((i) => `${where([...prefix, ...i.path])}: ${i.message}`);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return shown.join('; ') + more;
}

/** Checks an already-parsed document `{ version, data }` of any known version and brings it up to date. */
export function readDocument(doc: unknown, upgrade?: Upgrade): ReadResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { kind: 'corrupt', reason: 'it is not a planner document' };
  const version = (doc as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'corrupt', reason: 'it has no valid version number' };
  }
  if (version > PLANNER_VERSION) {
    // A newer planner wrote this. Show what we can read, but never write over it.
    const parsed = checkPlannerData((doc as { data?: unknown }).data);
    return { kind: 'newer', version, data: parsed.success ? parsed.data : null };
  }
  if (version < PLANNER_VERSION) return upgrade ? upgrade(doc, version) : { kind: 'outdated', version };
  // The same check as plannerDataSchema.safeParse, without loading zod (see planner-check.ts).
  const parsed = checkPlannerData((doc as { data?: unknown }).data);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssues(parsed.issues, ['data']) };
  return { kind: 'ok', data: parsed.data, migratedFrom: null };
}

/** Reads the raw stored string (or null when nothing is stored). */
export function readStoredPlanner(raw: string | null, upgrade?: Upgrade): ReadResult {
  if (raw === null) return { kind: 'empty' };
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'it is not valid JSON' };
  }
  return readDocument(doc, upgrade);
}

/** The stored form of the data, always in the current version. */
export function serializePlanner(data: PlannerData): string {
  return JSON.stringify({ version: PLANNER_VERSION, data });
}

/** A complete backup as a JSON file: the stored document, indented, with the time of export. */
export function exportJson(data: PlannerData, now: Date): string {
  return JSON.stringify({ version: PLANNER_VERSION, exportedAt: now.toISOString(), data }, null, 2);
}
