import { formatDate } from '../../lib/planner/dates.ts';
import type { Conversation, Person } from '../../schemas/planner';
import PrintSheet from '../builder/PrintSheet.tsx';

interface Props {
  conversation: Conversation;
  person: Person;
}

/**
 * The conversation's questions as the builder's printable sheet, with the person's details in
 * its blanks. Hidden on screen; loaded only when the reader asks to print it (see CompanionView).
 */
export default function SheetPrint({ conversation: c, person }: Props) {
  const date = c.doneOn ?? c.scheduledDate;
  const details = { Name: person.name, Role: person.role, Organisation: person.organisation, Date: date ? formatDate(date) : '' };
  const rows = c.questions.map((q) => ({ key: q.key, item: { key: q.key, text: q.text, part: 'core' as const }, text: q.text, part: 'core' as const, missing: false, checks: [] }));
  return <PrintSheet sheet={{ items: [], minutes: (c.minutes ?? 30) as 30, grouped: false, compact: false }} view={{ rows, estimate: 0, over: 0, cut: 0 }} details={details} />;
}
