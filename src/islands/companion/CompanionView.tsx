import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../lib/planner/dates.ts';
import { statusLabels } from '../../lib/planner/labels.ts';
import type { MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import type { Conversation, Person, PlannerData } from '../../schemas/planner';
import AttachSheet from './AttachSheet';
import Debrief from './Debrief';
import JournalActions, { printView } from './JournalActions';
import JournalPrint from './JournalPrint';
import type ConversationSheetPrint from './ConversationSheetPrint';
import TalkMode from './TalkMode';
import type ThankYouDialog from './ThankYouDialog';

interface Props {
  data: PlannerData;
  conversation: Conversation;
  person: Person;
  template: MessageTemplate | null;
  today: string;
}

const Section = ({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) => (
  <section aria-labelledby={`${id}-title`} class="no-print flex flex-col gap-3">
    <h2 id={`${id}-title`}>{title}</h2>
    {children}
  </section>
);

/** One conversation: prepare, talk, debrief, thank and keep a journal, in the order they happen. */
export default function CompanionView({ data, conversation: c, person, template, today }: Props) {
  // The thank-you dialog and the printable sheet load the first time they are asked for (and
  // again after a failed try): the page opens without them, within its 30 KB JavaScript budget.
  // The journal, which Ctrl+P prints, stays in the page.
  const [thanking, setThanking] = useState(false);
  const [Thanks, setThanks] = useState<typeof ThankYouDialog | null>(null);
  const [Sheet, setSheet] = useState<typeof ConversationSheetPrint | null>(null);
  const [printing, setPrinting] = useState(false);
  const [failed, setFailed] = useState<'thanks' | 'sheet' | null>(null);
  const openThanks = () => {
    setFailed(null);
    setThanking(true);
    if (Thanks) return;
    import('./ThankYouDialog').then(
      (m) => setThanks(() => m.default),
      () => {
        setThanking(false);
        setFailed('thanks');
      },
    );
  };
  const printSheet = () => {
    setFailed(null);
    if (Sheet) return setPrinting(true);
    import('./ConversationSheetPrint').then(
      (m) => {
        setSheet(() => m.default);
        setPrinting(true);
      },
      () => setFailed('sheet'),
    );
  };
  // Effects run once the sheet is rendered, so it is in the page when the print dialog opens.
  useEffect(() => {
    if (!printing) return;
    setPrinting(false);
    printView('sheet');
  }, [printing]);
  const loadFailed = (what: string) => <p role="alert">⚠ {what} could not load. Check your connection and try again.</p>;
  const date = c.doneOn ?? c.scheduledDate;
  const about = [person.role, person.organisation].filter(Boolean).join(', ');
  return (
    <div class="flex flex-col gap-10 wrap-anywhere">
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
        <AttachSheet conversation={c} />
        {c.questions.length > 0 && (
          <p>
            <button type="button" class="btn" onClick={printSheet}>
              Print the question sheet for {person.name}
            </button>
          </p>
        )}
        {failed === 'sheet' && loadFailed('The printable sheet')}
      </Section>
      <Section id="talk" title="2. Conversation mode">
        {c.questions.length > 0 ? (
          <TalkMode conversation={c} />
        ) : (
          <p>Attach your question sheet first; the questions and a notes box for each appear here.</p>
        )}
      </Section>
      <Section id="debrief" title="3. Debrief">
        <Debrief data={data} conversation={c} person={person} />
      </Section>
      <Section id="thank-you" title="4. Thank-you note">
        <p>
          {c.thankedOn
            ? `You sent your thank-you on ${formatDate(c.thankedOn)}.`
            : 'Send it within a day or two, the same day if you can, and mention one or two things you learned. A late note still beats none.'}
        </p>
        <p>
          {template ? (
            <button type="button" class="btn btn-primary" onClick={openThanks}>
              Write the thank-you note…
            </button>
          ) : (
            'The handbook’s thank-you template is missing.'
          )}
        </p>
        {failed === 'thanks' && loadFailed('The thank-you note')}
      </Section>
      <Section id="journal" title="5. Journal">
        <p>Keep the record of this conversation: questions, notes and debrief.</p>
        <JournalActions data={data} conversationId={c.id} personName={person.name} today={today} />
      </Section>
      <JournalPrint data={data} conversation={c} person={person} />
      {Sheet && <Sheet conversation={c} person={person} />}
      {thanking && template && Thanks && (
        <Thanks template={template} data={data} conversation={c} person={person} onClose={() => setThanking(false)} />
      )}
    </div>
  );
}
