import { useState } from 'preact/hooks';
import type { BankEntry } from '../../lib/bank';
import { formatDate } from '../../lib/dates';
import { statusLabels } from '../../lib/planner-labels';
import type { MessageTemplate } from '../../lib/template-fill';
import type { Conversation, Person, PlannerData } from '../../schemas/planner';
import PrintSheet from '../PrintSheet';
import AttachSheet from './AttachSheet';
import Debrief from './Debrief';
import JournalActions, { printView } from './JournalActions';
import JournalPrint from './JournalPrint';
import TalkMode from './TalkMode';
import ThankYouDialog from './ThankYouDialog';

interface Props {
  data: PlannerData;
  conversation: Conversation;
  person: Person;
  bank: BankEntry[];
  template: MessageTemplate | null;
  readOnly: boolean;
  today: string;
}

const Section = ({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) => (
  <section aria-labelledby={`${id}-title`} class="no-print flex flex-col gap-3">
    <h2 id={`${id}-title`} class="text-2xl font-bold">
      {title}
    </h2>
    {children}
  </section>
);

/** One conversation: prepare, talk, debrief, thank and keep a journal, in the order they happen. */
export default function CompanionView({ data, conversation: c, person, bank, template, readOnly, today }: Props) {
  const [thanking, setThanking] = useState(false);
  const date = c.doneOn ?? c.scheduledDate;
  const about = [person.role, person.organisation].filter(Boolean).join(', ');
  const details = { Name: person.name, Role: person.role, Organisation: person.organisation, Date: date ? formatDate(date) : '' };
  const sheetRows = c.questions.map((q) => ({ key: q.key, item: { key: q.key, text: q.text, part: 'core' as const }, text: q.text, part: 'core' as const, missing: false, checks: [] }));
  return (
    <div class="flex flex-col gap-10">
      <div class="no-print flex flex-col gap-1">
        <p class="text-xl font-bold">
          With <bdi>{person.name}</bdi>
          {about && (
            <span class="font-normal">
              {' '}
              — <bdi>{about}</bdi>
            </span>
          )}
        </p>
        <p class="muted">
          {statusLabels[c.status]}
          {date ? ` · ${formatDate(date)}${c.scheduledTime && !c.doneOn ? ` at ${c.scheduledTime}` : ''}` : ''}
          {c.thankedOn ? ` · thank-you sent ${formatDate(c.thankedOn)}` : ''}
        </p>
      </div>
      <Section id="prepare" title="1. Prepare">
        <AttachSheet conversation={c} bank={bank} readOnly={readOnly} />
        {c.questions.length > 0 && (
          <p>
            <button type="button" class="btn" onClick={() => printView('sheet')}>
              Print the question sheet for {person.name}
            </button>
          </p>
        )}
      </Section>
      <Section id="talk" title="2. Conversation mode">
        {c.questions.length > 0 ? <TalkMode conversation={c} readOnly={readOnly} /> : <p>Attach your question sheet first; the questions and a notes box for each appear here.</p>}
      </Section>
      <Section id="debrief" title="3. Debrief">
        <Debrief data={data} conversation={c} person={person} readOnly={readOnly} />
      </Section>
      <Section id="thank-you" title="4. Thank-you note">
        <p>
          {c.thankedOn ? `You sent your thank-you on ${formatDate(c.thankedOn)}.` : 'Send it within a week, the same day if you can. Mention one or two things you learned.'}
        </p>
        <p>
          {template ? (
            <button type="button" class="btn btn-primary" onClick={() => setThanking(true)}>
              Write the thank-you note…
            </button>
          ) : (
            'The handbook’s thank-you template is missing.'
          )}
        </p>
      </Section>
      <Section id="journal" title="5. Journal">
        <p>Keep the record of this conversation: questions, notes and debrief.</p>
        <JournalActions data={data} conversationId={c.id} personName={person.name} today={today} />
      </Section>
      <JournalPrint data={data} conversation={c} person={person} />
      <PrintSheet sheet={{ items: [], minutes: (c.minutes ?? 30) as 30, grouped: false, compact: false }} view={{ rows: sheetRows, estimate: 0, over: 0, cut: 0 }} details={details} />
      {thanking && template && (
        <ThankYouDialog template={template} data={data} conversation={c} person={person} readOnly={readOnly} onClose={() => setThanking(false)} />
      )}
    </div>
  );
}
