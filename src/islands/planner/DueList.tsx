import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import { $dueItems, $today, AHEAD_DAYS } from '../../stores/planner/planner.ts';
import { $planner } from '../../stores/planner/persistence.ts';
import DueItemCard from './DueItemCard';
import { useFocusTarget } from '../kit/planner/useFocusTarget.ts';

interface Props {
  templates: MessageTemplate[];
}

const PAGE = 25;

/** What needs doing now, worked out from the conversations; overdue first. */
export default function DueList({ templates }: Props) {
  const data = useStore($planner);
  const today = useStore($today);
  const [shown, setShown] = useState(PAGE);
  const heading = useFocusTarget<HTMLHeadingElement>('due-list');
  const items = useStore($dueItems);
  const people = useMemo(() => new Map(data.people.map((p) => [p.id, p])), [data.people]);
  const overdue = items.filter((i) => i.state === 'overdue').length;
  const due = items.filter((i) => i.state === 'due').length;

  return (
    <section aria-labelledby="due-title" class="flex flex-col gap-3">
      <h2 id="due-title" tabIndex={-1} ref={heading}>
        What’s due
      </h2>
      <p class="muted">
        {items.length === 0
          ? 'Nothing is due. Reminders appear here when a conversation needs a confirmation, a thank-you, a follow-up or an update.'
          : `${overdue} overdue, ${due} due now, ${items.length - overdue - due} coming up in the next ${AHEAD_DAYS} days.`}
      </p>
      {items.length > 0 && (
        <ul class="flex flex-col gap-2">
          {items.slice(0, shown).map((item) => (
            <li key={item.key}>
              <DueItemCard item={item} person={people.get(item.personId)!} today={today} templates={templates} />
            </li>
          ))}
        </ul>
      )}
      {items.length > shown && (
        <button type="button" class="btn self-start" onClick={() => setShown(shown + PAGE * 4)}>
          Show more reminders ({items.length - shown} more)
        </button>
      )}
    </section>
  );
}
