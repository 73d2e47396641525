// The conversation record (questions, notes and debrief) as Markdown, for the reader's journal.
import type { PlannerData } from '../../schemas/planner.ts';
import { formatDate } from '../planner/dates.ts';
import { referredBy } from './conversation-notes.ts';

// The reader's own words: escape what Markdown would act on, so a note never becomes a link or heading.
const escape = (text: string) => text.replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');
const block = (text: string, empty: string) => (text.trim() ? text.trim().split(/\r?\n/).map(escape).join('  \n') : `_${empty}_`);

/** Headings of the debrief, shared by the page, the print view and the Markdown. */
export const debriefTitles = {
  learned: 'What I learned',
  fit: 'How it fits my interests, strengths and values',
  nextStep: 'What I will do next',
  suggested: 'People they suggested',
} as const;

/** The journal entry for one conversation, or null if it is not in the planner. */
export function journalMarkdown(data: PlannerData, conversationId: string): string | null {
  const c = data.conversations.find((x) => x.id === conversationId);
  const person = c && data.people.find((p) => p.id === c.personId);
  if (!c || !person) return null;
  const about = [person.role, person.organisation].filter(Boolean).map(escape).join(', ');
  const met = c.doneOn ?? c.scheduledDate;
  const out = [`# Conversation with ${escape(person.name)}`];
  const meta = [about, met ? formatDate(met) : ''].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  out.push('## Questions and notes');
  if (c.questions.length === 0) out.push('_No questions attached._');
  c.questions.forEach((q, i) => out.push(`### ${i + 1}. ${escape(q.text)}`, block(q.notes, 'No notes.')));
  if (c.notes.trim()) out.push('## Other notes', block(c.notes, ''));
  out.push('## Debrief');
  out.push(`### ${debriefTitles.learned}`, block(c.learned, 'Not written yet.'));
  out.push(`### ${debriefTitles.fit}`, block(c.fit, 'Not written yet.'));
  out.push(`### ${debriefTitles.nextStep}`, block(c.nextStep, 'Not written yet.'));
  const suggested = referredBy(data, person.id);
  out.push(`### ${debriefTitles.suggested}`);
  out.push(
    suggested.length
      ? suggested.map((p) => `- ${escape([p.name, p.role, p.organisation].filter(Boolean).join(', '))}`).join('\n')
      : '_Nobody yet._',
  );
  if (c.thankedOn) out.push(`Thank-you sent ${formatDate(c.thankedOn)}.`);
  return out.join('\n\n') + '\n';
}
