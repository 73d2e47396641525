import type { Conversation, Person, PlannerData, Status } from '../../schemas/planner.ts';
import { statuses } from './values.ts';

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
  /** The person who referred them, when that person is still in the planner. */
  referrer: Person | undefined;
}

function matches(person: Person, conversation: Conversation, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [
    person.name,
    person.role,
    person.organisation,
    person.howKnown,
    person.notes,
    conversation.notes,
    conversation.place,
    ...person.tags,
  ]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/**
 * Conversations grouped by status in pipeline order, filtered; each group's count is its length.
 * Within a group the most recently changed come first, so a conversation that just moved is at
 * the top of its new group (and on its first page) rather than somewhere down a long list.
 */
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
    groups
      .get(conversation.status)!
      .push({ person, conversation, referrer: person.referredBy ? people.get(person.referredBy) : undefined });
  }
  const recentFirst = (a: PipelineEntry, b: PipelineEntry) => b.conversation.updatedAt.localeCompare(a.conversation.updatedAt);
  return statuses.map((status) => ({ status, entries: groups.get(status)!.sort(recentFirst) }));
}

/** Every tag in use, sorted. */
export function allTags(people: Person[]): string[] {
  return [...new Set(people.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
}
