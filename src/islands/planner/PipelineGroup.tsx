import { useState } from 'preact/hooks';
import type { PipelineEntry } from '../../lib/planner/pipeline.ts';
import { statusLabels } from '../../lib/planner/labels.ts';
import type { Status } from '../../schemas/planner';
import ConversationCard from './ConversationCard';

interface Props {
  status: Status;
  entries: PipelineEntry[];
}

// Long groups render in pages: a thousand cards at once would make every keystroke slow.
const PAGE = 20;

/** One status of the pipeline, with its count. */
export default function PipelineGroup({ status, entries }: Props) {
  const [shown, setShown] = useState(PAGE);
  const headingId = `group-${status}`;
  return (
    <section aria-labelledby={headingId} class="flex flex-col gap-2">
      <h3 id={headingId}>
        {statusLabels[status]} <span class="muted font-normal">({entries.length})</span>
      </h3>
      <ul class="grid gap-2 md:grid-cols-2">
        {entries.slice(0, shown).map((e) => (
          // min-w-0: a card's one-line contact details must not widen the column past the screen.
          <li key={e.conversation.id} class="min-w-0">
            <ConversationCard entry={e} />
          </li>
        ))}
      </ul>
      {entries.length > shown && (
        <button type="button" class="btn self-start" onClick={() => setShown(shown + PAGE * 5)}>
          Show more in {statusLabels[status]} ({entries.length - shown} more)
        </button>
      )}
    </section>
  );
}
