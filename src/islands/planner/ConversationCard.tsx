import { useStore } from '@nanostores/preact';
import { formatDate } from '../../lib/planner/dates.ts';
import type { PipelineEntry } from '../../lib/planner/pipeline.ts';
import { withBase } from '../../lib/paths';
import { formatLabels, statusLabels, stepLabels } from '../../lib/planner/labels.ts';
import { nextSteps } from '../../lib/planner/ops.ts';
import { takeStep } from '../../stores/planner/planner.ts';
import { $readOnly } from '../../stores/planner/persistence.ts';
import { focusLater, openDialog } from '../../stores/planner/ui.ts';
import ContactLinks from './ContactLinks';
import { memo } from '../kit/memo.ts';
import { useFocusTarget } from '../kit/planner/useFocusTarget.ts';
import { idPart } from '../../lib/dom-id';

interface Props {
  entry: PipelineEntry;
}

function dates(c: PipelineEntry['conversation']): string[] {
  const out: string[] = [];
  if (c.askedOn) out.push(`Asked ${formatDate(c.askedOn)}`);
  if (c.nudgedOn) out.push(`followed up ${formatDate(c.nudgedOn)}`);
  if (c.scheduledDate) {
    const how = [c.scheduledTime && `at ${c.scheduledTime}`, c.format && formatLabels[c.format]].filter(Boolean).join(', ');
    out.push(`scheduled for ${formatDate(c.scheduledDate)}${how ? ` ${how}` : ''}`);
  }
  if (c.confirmedOn) out.push(`confirmed ${formatDate(c.confirmedOn)}`);
  if (c.doneOn) out.push(`done ${formatDate(c.doneOn)}`);
  if (c.thankedOn) out.push(`thanked ${formatDate(c.thankedOn)}`);
  if (c.lastUpdateOn) out.push(`last update ${formatDate(c.lastUpdateOn)}`);
  return out;
}

/** A conversation in the pipeline: who, where it stands, and the next steps as buttons. */
function ConversationCard({ entry }: Props) {
  const readOnly = useStore($readOnly);
  const { person, conversation: c } = entry;
  // Not "conv-": the conversation dialog's fields use that, and an id may be any text.
  const titleId = `conversation-${idPart(c.id)}`;
  const when = dates(c);
  const heading = useFocusTarget<HTMLHeadingElement>(`conversation:${c.id}`);
  const canSchedule = c.status === 'to-contact' || c.status === 'asked' || c.status === 'scheduled';
  // The companion (questions, notes, debrief, thanks) is for a conversation that is agreed or held.
  const hasCompanion = c.status === 'scheduled' || c.status === 'done' || c.status === 'thanked' || c.status === 'keeping-in-touch';
  return (
    <article aria-labelledby={titleId} class="card flex h-full flex-col gap-1 p-3 wrap-anywhere">
      <h4 id={titleId} class="font-bold" tabIndex={-1} ref={heading}>
        <bdi>{person.name}</bdi>
      </h4>
      {(person.role || person.organisation) && (
        <p class="text-sm">
          <bdi>{[person.role, person.organisation].filter(Boolean).join(', ')}</bdi>
        </p>
      )}
      {entry.referrer && (
        <p class="text-sm">
          Referred by{' '}
          <a
            href={`#person-${encodeURIComponent(entry.referrer.id)}`}
            onClick={() => openDialog({ kind: 'person', id: entry.referrer!.id })}
          >
            <bdi>{entry.referrer.name}</bdi>
          </a>
        </p>
      )}
      <p class="text-sm">
        <span class="font-semibold">Status:</span> {statusLabels[c.status]}
        {when.length > 0 && <span class="muted"> · {when.join(', ')}</span>}
      </p>
      {c.place && (
        <p class="muted line-clamp-2 text-sm">
          Place: <bdi>{c.place}</bdi>
        </p>
      )}
      {person.tags.length > 0 && (
        <ul class="flex flex-wrap gap-1 text-xs" aria-label="Tags">
          {person.tags.map((t) => (
            <li key={t} class="rounded border border-[var(--line)] px-1">
              <bdi>{t}</bdi>
            </li>
          ))}
        </ul>
      )}
      <ContactLinks person={person} />
      <div class="no-print mt-auto flex flex-wrap gap-1 pt-2">
        {!readOnly &&
          nextSteps(c).map((step) => (
            <button
              key={step}
              type="button"
              class="btn text-sm"
              onClick={() => {
                // The card usually moves to another group: keep the keyboard on it.
                focusLater(`conversation:${c.id}`);
                takeStep(c.id, step);
              }}
            >
              {stepLabels[step]}
            </button>
          ))}
        {!readOnly && canSchedule && (
          <button type="button" class="btn text-sm" onClick={() => openDialog({ kind: 'conversation', id: c.id, schedule: true })}>
            {c.status === 'scheduled' ? 'Reschedule…' : 'Schedule…'}
          </button>
        )}
        {hasCompanion && (
          <a class="btn text-sm no-underline" href={withBase(`/planner/conversation/#${encodeURIComponent(c.id)}`)}>
            Conversation companion
          </a>
        )}
        <button type="button" class="btn text-sm" onClick={() => openDialog({ kind: 'conversation', id: c.id, schedule: false })}>
          {readOnly ? 'Details' : 'Edit conversation…'}
        </button>
        <button type="button" class="btn text-sm" onClick={() => openDialog({ kind: 'person', id: person.id })}>
          {readOnly ? 'Person' : 'Edit person…'}
        </button>
      </div>
    </article>
  );
}

export default memo(
  ConversationCard,
  (a, b) => a.entry.person === b.entry.person && a.entry.conversation === b.entry.conversation && a.entry.referrer === b.entry.referrer,
);
