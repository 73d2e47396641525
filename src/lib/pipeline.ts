import type { Conversation, Person, PlannerData, Status } from '../schemas/planner';
import { statuses } from '../schemas/planner';

/** What the pipeline shows: search words, one tag, one status ('' for any). */
export interface PipelineFilter {
  query: string;
  tag: string;
  status: Status | '';
}

/** A conversation with its person, as listed in the pipeline. */
export interface PipelineEntry {
  person: Person;
  conversation: Conversation;
}

function matches(person: Person, conversation: Conversation, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [person.name, person.role, person.organisation, person.howKnown, person.notes, conversation.notes, conversation.place, ...person.tags]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Conversations grouped by status in pipeline order, filtered; each group's count is its length. */
export function pipelineGroups(data: PlannerData, filter: PipelineFilter): { status: Status; entries: PipelineEntry[] }[] {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<Status, PipelineEntry[]>(statuses.map((s) => [s, []]));
  for (const conversation of data.conversations) {
    const person = people.get(conversation.personId);
    if (!person) continue;
    if (filter.status && conversation.status !== filter.status) continue;
    if (filter.tag && !person.tags.includes(filter.tag)) continue;
    if (!matches(person, conversation, words)) continue;
    groups.get(conversation.status)!.push({ person, conversation });
  }
  return statuses.map((status) => ({ status, entries: groups.get(status)! }));
}

/** Every tag in use, sorted. */
export function allTags(people: Person[]): string[] {
  return [...new Set(people.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
}
