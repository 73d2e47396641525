// The conversation companion's changes to planner data: attaching a sheet's questions to a
// conversation, notes per question, and people suggested during the conversation.
import type { Conversation, Person, PlannerData, QuestionNote } from '../../schemas/planner.ts';
import { addPerson, newId, updateConversation, type PersonFields } from '../planner/ops.ts';
import { clip } from '../clip.ts';
import { resolveQuestionId, type QuestionAliases } from '../bank.ts';

/** A question on the sheet as it is now: its words and, for a bank question, its id. */
export interface SheetQuestion {
  text: string;
  bankId: string | null;
}

/**
 * Copies the sheet's questions into fresh records. A copy, not a reference: the conversation
 * keeps the words it was prepared with even if the sheet or the bank changes later.
 */
export function questionsFromSheet(questions: readonly SheetQuestion[], makeKey: () => string = newId): QuestionNote[] {
  return questions
    .filter((q) => q.text.trim())
    .map((q) => ({ key: makeKey(), bankId: q.bankId, text: clip(q.text.trim(), 2000), notes: '' }));
}

/**
 * Attaches copied questions and the time budget to a conversation. Notes already written for a
 * question that is attached again (same bank id, or same words) are kept rather than lost. A note
 * saved under the old id of a merged question (`aliases`) counts as the question that replaced it.
 */
export function attachQuestions(
  data: PlannerData,
  conversationId: string,
  questions: QuestionNote[],
  minutes: number | null,
  now: string,
  aliases: QuestionAliases = {},
): PlannerData {
  const current = data.conversations.find((c) => c.id === conversationId);
  if (!current) return data;
  const live = (id: string | null) => (id === null ? null : resolveQuestionId(id, aliases));
  const same = (a: QuestionNote, b: QuestionNote) => (a.bankId !== null && live(a.bankId) === live(b.bankId)) || a.text === b.text;
  const merged = questions.map((q) => ({ ...q, notes: current.questions.find((old) => same(old, q))?.notes ?? q.notes }));
  return updateConversation(data, conversationId, { questions: merged, minutes }, now);
}

/** Saves what the reader noted for one question. */
export function setQuestionNote(data: PlannerData, conversationId: string, key: string, notes: string, now: string): PlannerData {
  const current = data.conversations.find((c) => c.id === conversationId);
  if (!current) return data;
  const questions = current.questions.map((q) => (q.key === key ? { ...q, notes: clip(notes, 20000) } : q));
  return updateConversation(data, conversationId, { questions }, now);
}

/** The debrief fields the reader writes after the conversation. */
export type DebriefField = keyof Pick<Conversation, 'learned' | 'fit' | 'nextStep' | 'notes'>;

/** Saves one debrief field. */
export function setDebrief(data: PlannerData, conversationId: string, field: DebriefField, value: string, now: string): PlannerData {
  return updateConversation(data, conversationId, { [field]: clip(value, 20000) }, now);
}

/** What the reader types about a suggested person. */
export interface Suggestion {
  name: string;
  role: string;
  organisation: string;
  howKnown: string;
}

/** The new person's fields: referred by `referrer`, so the referral tree grows by one. */
export function suggestedPerson(referrer: Person, s: Suggestion): PersonFields {
  return {
    name: clip(s.name.trim(), 200),
    role: clip(s.role.trim(), 200),
    organisation: clip(s.organisation.trim(), 200),
    referredBy: referrer.id,
    howKnown: clip(s.howKnown.trim() || `Suggested by ${referrer.name}`, 2000),
    email: '',
    phone: '',
    profileUrl: '',
    tags: [],
    notes: '',
  };
}

/** Adds a suggested person (with a conversation to ask for) in one step. */
export function addSuggested(
  data: PlannerData,
  referrerId: string,
  s: Suggestion,
  now: string,
  ids = { person: newId(), conversation: newId() },
): PlannerData {
  const referrer = data.people.find((p) => p.id === referrerId);
  if (!referrer || !s.name.trim()) return data;
  return addPerson(data, suggestedPerson(referrer, s), now, ids);
}

/** The people in the planner whom `personId` referred, in the order they were added. */
export function referredBy(data: PlannerData, personId: string): Person[] {
  return data.people.filter((p) => p.referredBy === personId && p.id !== personId);
}
