import type { Conversation, Person, PlannerData, Profile, Status } from '../../schemas/planner.ts';

/** The fields of a person the reader edits. */
export type PersonFields = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

/** A person's fields before anything is typed: the add form's start, and the fixtures' base. */
export const blankPerson: PersonFields = {
  name: '',
  role: '',
  organisation: '',
  referredBy: null,
  howKnown: '',
  email: '',
  phone: '',
  profileUrl: '',
  tags: [],
  notes: '',
};
/** The fields of a conversation the reader edits. */
export type ConversationFields = Omit<Conversation, 'id' | 'personId' | 'createdAt' | 'updatedAt'>;

/** A new random id; falls back for old browsers and insecure origins without randomUUID. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A conversation that has not started: someone to contact. */
export function blankConversation(id: string, personId: string, now: string): Conversation {
  return {
    id,
    personId,
    status: 'to-contact',
    askedOn: null,
    nudgedOn: null,
    scheduledDate: null,
    scheduledTime: null,
    format: null,
    place: '',
    confirmedOn: null,
    doneOn: null,
    thankedOn: null,
    lastUpdateOn: null,
    notes: '',
    questions: [],
    minutes: null,
    learned: '',
    fit: '',
    nextStep: '',
    createdAt: now,
    updatedAt: now,
  };
}

/** Adds a person with a first conversation waiting to be asked for. */
export function addPerson(
  data: PlannerData,
  fields: PersonFields,
  now: string,
  ids = { person: newId(), conversation: newId() },
): PlannerData {
  const person: Person = { ...fields, id: ids.person, createdAt: now, updatedAt: now };
  return {
    ...data,
    people: [...data.people, person],
    conversations: [...data.conversations, blankConversation(ids.conversation, ids.person, now)],
  };
}

/** Replaces a person's editable fields. */
export function updatePerson(data: PlannerData, id: string, fields: PersonFields, now: string): PlannerData {
  return { ...data, people: data.people.map((p) => (p.id === id ? { ...p, ...fields, id, updatedAt: now } : p)) };
}

/** Removes a person and their conversations, leaving tombstones so other tabs remove them too. */
export function deletePerson(data: PlannerData, id: string, now: string): PlannerData {
  const gone = new Set(data.conversations.filter((c) => c.personId === id).map((c) => c.id));
  return {
    ...data,
    people: data.people.filter((p) => p.id !== id),
    conversations: data.conversations.filter((c) => c.personId !== id),
    deleted: [
      ...data.deleted.filter((t) => t.id !== id && !gone.has(t.id)),
      { id, deletedAt: now },
      ...[...gone].map((g) => ({ id: g, deletedAt: now })),
    ],
  };
}

/** Starts another conversation with someone already in the planner. */
export function addConversation(data: PlannerData, personId: string, now: string, id = newId()): PlannerData {
  return { ...data, conversations: [...data.conversations, blankConversation(id, personId, now)] };
}

/** Changes some fields of a conversation. */
export function updateConversation(data: PlannerData, id: string, patch: Partial<ConversationFields>, now: string): PlannerData {
  return { ...data, conversations: data.conversations.map((c) => (c.id === id ? { ...c, ...patch, id, updatedAt: now } : c)) };
}

/** Removes one conversation. */
export function deleteConversation(data: PlannerData, id: string, now: string): PlannerData {
  return {
    ...data,
    conversations: data.conversations.filter((c) => c.id !== id),
    deleted: [...data.deleted.filter((t) => t.id !== id), { id, deletedAt: now }],
  };
}

/** Replaces the reader's target and self-assessment. */
export function updateProfile(data: PlannerData, profile: Omit<Profile, 'updatedAt'>, now: string): PlannerData {
  return { ...data, profile: { ...profile, updatedAt: now } };
}

/** A one-click step along the pipeline. */
export type StepAction = 'ask' | 'nudge' | 'confirm' | 'done' | 'thank' | 'update' | 'decline' | 'no-reply' | 'reopen';

/** The fields a step changes, dated `today`. */
export function stepPatch(action: StepAction, today: string): Partial<ConversationFields> {
  switch (action) {
    case 'ask':
      return { status: 'asked', askedOn: today, nudgedOn: null };
    case 'nudge':
      return { nudgedOn: today };
    case 'confirm':
      return { confirmedOn: today };
    case 'done':
      return { status: 'done', doneOn: today };
    case 'thank':
      return { status: 'thanked', thankedOn: today };
    case 'update':
      return { status: 'keeping-in-touch', lastUpdateOn: today };
    case 'decline':
      return { status: 'declined' };
    case 'no-reply':
      return { status: 'no-reply' };
    case 'reopen':
      return { status: 'to-contact' };
  }
}

/** The steps that make sense from each status, most likely first. Scheduling has its own form. */
export function nextSteps(c: Conversation): StepAction[] {
  const byStatus: Record<Status, StepAction[]> = {
    'to-contact': ['ask', 'decline'],
    asked: [...(c.nudgedOn ? [] : (['nudge'] as const)), 'decline', 'no-reply'],
    scheduled: [...(c.confirmedOn ? [] : (['confirm'] as const)), 'done', 'decline'],
    done: ['thank'],
    thanked: ['update'],
    'keeping-in-touch': ['update'],
    declined: ['reopen'],
    'no-reply': ['reopen'],
  };
  return byStatus[c.status];
}
