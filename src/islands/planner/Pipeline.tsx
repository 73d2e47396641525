import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { allTags, pipelineGroups, type PipelineFilter } from '../../lib/planner/pipeline.ts';
import { statusLabels } from '../../lib/planner/labels.ts';
import { statuses } from '../../lib/planner/values.ts';
import { $planner } from '../../stores/planner/persistence.ts';
import PipelineGroup from './PipelineGroup';

/** Every conversation, grouped by status with counts, with search and filters. */
export default function Pipeline() {
  const data = useStore($planner);
  const [filter, setFilter] = useState<PipelineFilter>({ query: '', tag: '', status: '' });
  const groups = useMemo(() => pipelineGroups(data, filter), [data, filter]);
  const tags = useMemo(() => allTags(data.people), [data.people]);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const filtered = filter.query !== '' || filter.tag !== '' || filter.status !== '';

  return (
    <section aria-labelledby="pipeline-title" class="flex flex-col gap-3">
      <h2 id="pipeline-title">Conversations</h2>
      {/* Not a form: filters apply as the reader types or chooses, so there is nothing to submit. */}
      <div role="search" aria-label="Filter conversations" class="no-print flex flex-wrap items-end gap-3">
        <label class="flex flex-col text-sm">
          Search
          <input
            type="search"
            class="rounded-md border border-[var(--line)] bg-[var(--page)] px-2 py-1 text-base"
            value={filter.query}
            onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
          />
        </label>
        <label class="flex max-w-full flex-col text-sm">
          Tag
          {/* A select is as wide as its longest option; a long tag must not widen the page. */}
          <select
            class="max-w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-2 py-1 text-base"
            value={filter.tag}
            onChange={(e) => setFilter({ ...filter, tag: e.currentTarget.value })}
          >
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label class="flex flex-col text-sm">
          Status
          <select
            class="rounded-md border border-[var(--line)] bg-[var(--page)] px-2 py-1 text-base"
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as PipelineFilter['status'] })}
          >
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted" role="status">
        {data.people.length === 0
          ? 'No one here yet. Add the first person you would like to talk to.'
          : `${total} conversation${total === 1 ? '' : 's'}${filtered ? ' match' : ''} with ${data.people.length} ${data.people.length === 1 ? 'person' : 'people'} in the planner.`}
      </p>
      {groups
        .filter((g) => g.entries.length > 0 || (!filtered && data.people.length > 0 && g.status === 'to-contact'))
        .map((g) => (
          <PipelineGroup key={g.status} status={g.status} entries={g.entries} />
        ))}
    </section>
  );
}
