import { formatDate } from '../../lib/planner/dates.ts';
import type { Conversation, Person } from '../../schemas/planner';
import SheetPrint from '../builder/SheetPrint.tsx';

interface Props {
  conversation: Conversation;
  person: Person;
}

/**
 * The conversation's questions as the builder's printable sheet, with the person's details in
 * its blanks. Hidden on screen; loaded only when the reader asks to print it (see CompanionView).
 */
export default function ConversationSheetPrint({ conversation: c, person }: Props) {
  const date = c.doneOn ?? c.scheduledDate;
  const details = { Name: person.name, Role: person.role, Organization: person.organisation, Date: date ? formatDate(date) : '' };
  const questions = c.questions.map((q) => ({ key: q.key, text: q.text, part: 'core' as const }));
  return <SheetPrint questions={questions} minutes={c.minutes ?? 30} details={details} />;
}
