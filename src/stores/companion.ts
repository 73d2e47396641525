// Actions of the conversation companion. They go through the planner's own change path, so
// notes are merged with other tabs, saved in the same versioned document and reported if a save fails.
import * as companion from '../lib/companion/conversation-notes.ts';
import { stepPatch, updateConversation } from '../lib/planner/ops.ts';
import { $today, changePlanner } from './planner/planner.ts';
import { atom } from 'nanostores';
import type { QuestionAliases } from '../lib/bank.ts';

/** Old ids of merged questions (set by the companion from the build's alias map). */
export const $questionAliases = atom<QuestionAliases>({});

/** Copies the sheet's questions into the conversation. */
export function attachSheet(conversationId: string, questions: companion.SheetQuestion[], minutes: number): void {
  changePlanner((d, now) =>
    companion.attachQuestions(d, conversationId, companion.questionsFromSheet(questions), minutes, now, $questionAliases.get()),
  );
}

/** Saves the notes for one question. */
export function saveNote(conversationId: string, key: string, notes: string): void {
  changePlanner((d, now) => companion.setQuestionNote(d, conversationId, key, notes, now));
}

/** Saves one debrief field. */
export function saveDebrief(conversationId: string, field: companion.DebriefField, value: string): void {
  changePlanner((d, now) => companion.setDebrief(d, conversationId, field, value, now));
}

/** Adds a person the other suggested, referred by them; returns false when the name is blank. */
export function addSuggestedPerson(referrerId: string, suggestion: companion.Suggestion): boolean {
  if (!suggestion.name.trim()) return false;
  changePlanner((d, now) => companion.addSuggested(d, referrerId, suggestion, now), `Added ${suggestion.name.trim()}.`);
  return true;
}

/** Marks the conversation as held today (when it is still only scheduled). */
export function markDone(conversationId: string): void {
  changePlanner((d, now) => updateConversation(d, conversationId, stepPatch('done', $today.get()), now));
}

/** Marks the thank-you as sent today, which clears the "thank-you due" reminder. */
export function markThanked(conversationId: string): void {
  changePlanner((d, now) => updateConversation(d, conversationId, stepPatch('thank', $today.get()), now));
}
