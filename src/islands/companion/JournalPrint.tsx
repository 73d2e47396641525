import { formatDate } from '../../lib/planner/dates.ts';
import { referredBy } from '../../lib/companion/conversation-notes.ts';
import { debriefTitles } from '../../lib/companion/journal.ts';
import type { Conversation, Person, PlannerData } from '../../schemas/planner';

interface Props {
  data: PlannerData;
  conversation: Conversation;
  person: Person;
}

const Text = ({ value }: { value: string }) =>
  value.trim() ? <p class="whitespace-pre-wrap">{value}</p> : <p class="italic">Nothing written.</p>;

/** The conversation record on paper: hidden on screen, no page chrome, black on white. */
export default function JournalPrint({ data, conversation: c, person }: Props) {
  const met = c.doneOn ?? c.scheduledDate;
  const sections = [
    ['learned', c.learned],
    ['fit', c.fit],
    ['nextStep', c.nextStep],
  ] as const;
  return (
    <div class="hidden text-[11pt] leading-snug text-black print:block" data-journal-print>
      <h2 class="text-[16pt] font-bold">Conversation with {person.name}</h2>
      <p class="mb-3">{[person.role, person.organisation, met ? formatDate(met) : ''].filter(Boolean).join(' · ')}</p>
      <h3 class="mt-3 text-[13pt] font-bold">Questions and notes</h3>
      <ol class="list-decimal pl-6">
        {c.questions.map((q) => (
          <li key={q.key} class="mb-2">
            <p class="font-semibold">{q.text}</p>
            <Text value={q.notes} />
          </li>
        ))}
      </ol>
      <h3 class="mt-3 text-[13pt] font-bold">Debrief</h3>
      {sections.map(([key, value]) => (
        <div key={key} class="mb-2">
          <h4 class="font-semibold">{debriefTitles[key]}</h4>
          <Text value={value} />
        </div>
      ))}
      <h4 class="font-semibold">{debriefTitles.suggested}</h4>
      <ul class="list-disc pl-6">
        {referredBy(data, person.id).map((p) => (
          <li key={p.id}>{[p.name, p.role, p.organisation].filter(Boolean).join(', ')}</li>
        ))}
      </ul>
      {c.thankedOn && <p class="mt-2">Thank-you sent {formatDate(c.thankedOn)}.</p>}
    </div>
  );
}
