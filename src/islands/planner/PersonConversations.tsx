import { formatDate } from '../../lib/planner/dates.ts';
import { statusLabels } from '../../lib/planner/labels.ts';
import type { Conversation } from '../../schemas/planner';
import { openDialog } from '../../stores/planner/ui.ts';

interface Props {
  personId: string;
  conversations: Conversation[];
}

/** A person's conversations, each opening its own editor. */
export default function PersonConversations({ conversations }: Props) {
  return (
    <section aria-labelledby="person-conversations" class="flex flex-col gap-2 border-t border-[var(--line)] pt-3">
      <h3 id="person-conversations">Conversations ({conversations.length})</h3>
      <ul class="flex flex-col gap-1">
        {conversations.map((c, i) => (
          <li key={c.id} class="flex flex-wrap items-center gap-2">
            <span>
              {i + 1}. {statusLabels[c.status]}
              {c.scheduledDate && `, ${formatDate(c.scheduledDate)}`}
            </span>
            <button type="button" class="btn text-sm" onClick={() => openDialog({ kind: 'conversation', id: c.id, schedule: false })}>
              Open conversation {i + 1}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
