import { useStore } from '@nanostores/preact';
import { addDays, formatDate, relativeDay } from '../../lib/planner/dates.ts';
import { dueLabels, dueStateLabels, stepLabels } from '../../lib/planner/labels.ts';
import type { StepAction } from '../../lib/planner/ops.ts';
import type { DueItem, DueKind } from '../../lib/planner/reminders.ts';
import type { MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import type { Person } from '../../schemas/planner';
import { takeStep } from '../../stores/planner/planner.ts';
import { $readOnly } from '../../stores/planner/persistence.ts';
import { focusLater, openDialog } from '../../stores/planner/ui.ts';
import { memo } from '../kit/memo.ts';
import { idPart } from '../../lib/dom-id';

interface Props {
  item: DueItem;
  person: Person;
  today: string;
  templates: MessageTemplate[];
}

const doneStep: Record<DueKind, StepAction> = { confirm: 'confirm', 'thank-you': 'thank', update: 'update', nudge: 'nudge' };

function when(item: DueItem, today: string): string {
  if (item.kind === 'confirm') {
    // The reminder is for the eve; say when the conversation itself is.
    const talk = relativeDay(addDays(item.by, 1), today);
    return item.state === 'upcoming' ? `on ${formatDate(item.by)}, the day before the conversation` : `the conversation is ${talk}`;
  }
  if (item.state === 'upcoming') return `from ${formatDate(item.from)} (${relativeDay(item.from, today)})`;
  if (item.state === 'overdue') return `was due by ${formatDate(item.by)} (${relativeDay(item.by, today)})`;
  return `by ${formatDate(item.by)} (${relativeDay(item.by, today)})`;
}

/** One reminder, with the message to send and the step to record once it is sent. */
function DueItemCard({ item, person, today, templates }: Props) {
  const readOnly = useStore($readOnly);
  const titleId = `due-${idPart(item.key)}`;
  const overdue = item.state === 'overdue';
  const hasTemplate = templates.some((t) => t.id === item.templateId);
  return (
    <article
      aria-labelledby={titleId}
      class={`rounded-lg border p-3 ${overdue ? 'border-2 border-l-8 border-[var(--ink)]' : 'border-[var(--line)]'}`}
    >
      <p id={titleId} class="wrap-anywhere">
        <strong class={overdue ? 'uppercase' : ''}>
          {overdue && <span aria-hidden="true">⚠ </span>}
          {dueStateLabels[item.state]}:
        </strong>{' '}
        {dueLabels[item.kind]} — <bdi>{person.name}</bdi>
      </p>
      <p class="muted text-sm">{when(item, today)}</p>
      <div class="no-print mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          class="btn"
          aria-label={`Write the message to ${person.name}`}
          onClick={() => openDialog({ kind: 'message', conversationId: item.conversationId, templateId: item.templateId })}
        >
          Write the message{hasTemplate ? '' : '…'}
        </button>
        {!readOnly && (
          <button
            type="button"
            class="btn"
            aria-label={`${stepLabels[doneStep[item.kind]]}: ${person.name}`}
            onClick={() => {
              // The reminder goes away with its button: keep the keyboard in the list.
              focusLater('due-list');
              takeStep(item.conversationId, doneStep[item.kind]);
            }}
          >
            {stepLabels[doneStep[item.kind]]}
          </button>
        )}
      </div>
    </article>
  );
}

const sameItem = (a: DueItem, b: DueItem) =>
  a.key === b.key && a.state === b.state && a.from === b.from && a.by === b.by && a.templateId === b.templateId;
export default memo(
  DueItemCard,
  (a, b) => sameItem(a.item, b.item) && a.person === b.person && a.today === b.today && a.templates === b.templates,
);
