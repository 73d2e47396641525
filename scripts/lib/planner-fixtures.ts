// Planner records for the tests and the measuring scripts (budgets' returning reader, the planner
// benchmark, the browser tests), in the data version the planner writes today: a person, a
// conversation and a stored document, each with every field at its empty value, so a caller names
// only what matters to it. Saved documents of each old version are files in tests/unit/fixtures/planner/.
// Node runs this file as it is, so it imports only modules whose own imports are types alone.
import { PLANNER_VERSION } from '../../src/lib/planner/values.ts';
import type { Conversation, Person, PlannerDocument, Profile } from '../../src/schemas/planner.ts';
import { blankConversation, blankPerson, type PersonFields } from '../../src/lib/planner/ops.ts';

/** When records that name no time were made and last changed. */
export const STAMP = '2025-01-01T00:00:00.000Z';

/** What a reader types for a person named `name` (every other field empty unless `extra` says). */
export function personFields(name: string, extra: Partial<PersonFields> = {}): PersonFields {
  return { ...blankPerson, name, ...extra };
}

/** A person record named `name`, with `fields` over the empty values. */
export function person(id: string, name: string, fields: Partial<Person> = {}): Person {
  return { id, ...personFields(name), createdAt: STAMP, updatedAt: STAMP, ...fields };
}

/** A conversation with `personId`, still to contact unless `fields` say otherwise. */
export function conversation(id: string, personId: string, fields: Partial<Conversation> = {}): Conversation {
  return { ...blankConversation(id, personId, STAMP), ...fields };
}

/** The stored planner document (current version) holding these people and conversations; Sam's profile unless `profile` changes it. */
export function plannerDocument(people: Person[], conversations: Conversation[], profile: Partial<Profile> = {}): PlannerDocument {
  return {
    version: PLANNER_VERSION,
    data: {
      profile: { myName: 'Sam', fields: ['Public health'], interests: [], strengths: [], values: [], updatedAt: null, ...profile },
      people,
      conversations,
      deleted: [],
    },
  };
}
