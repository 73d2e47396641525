import type { PlannerData } from '../../../schemas/planner.ts';
import type { V2Data } from '../../../schemas/planner-v2.ts';

/**
 * Turns version 2 data into version 3: every conversation gets an empty companion (no questions
 * attached, no time budget, empty debrief). Nothing else changes, and updatedAt stays as it was,
 * so a tab still on version 2 data merges with this one record by record as before.
 */
export function migrateV2(data: V2Data): PlannerData {
  return {
    ...data,
    conversations: data.conversations.map((c) => ({ ...c, questions: [], minutes: null, learned: '', fit: '', nextStep: '' })),
  };
}
