import { useMemo, useState } from 'preact/hooks';
import { countsFor, filterBank, type BankCategory, type BankEntry, type BankFilter } from '../lib/bank';
import { situationLabels } from '../lib/labels';
import type { Sheet } from '../lib/sheet';
import type { SheetView } from '../lib/sheet-view';
import type { Situation } from '../schemas/question';
import BankRow from './BankRow';

interface Props {
  bank: BankEntry[];
  categories: BankCategory[];
  sheet: Sheet;
  view: SheetView;
}

// From the labels rather than the schema, so zod stays out of the browser bundle.
const situations = Object.keys(situationLabels) as Situation[];
const noFilter: BankFilter = { category: '', situation: '', text: '' };
const select = 'rounded-md border border-[var(--muted)] bg-[var(--page)] px-2 py-1.5 text-base';

/** The question bank with its filters; every question can be added or removed in one press. */
export default function BankPanel({ bank, categories, sheet, view }: Props) {
  const [filter, setFilter] = useState<BankFilter>(noFilter);
  const shown = useMemo(() => filterBank(bank, filter), [bank, filter]);
  const byCategory = countsFor(bank, filter, 'category');
  const bySituation = countsFor(bank, filter, 'situation');
  const onSheet = new Set(sheet.items.flatMap((i) => ('id' in i ? [i.id] : [])));
  const set = (change: Partial<BankFilter>) => setFilter({ ...filter, ...change });
  const filtered = filter.category || filter.situation || filter.text;
  return (
    <section aria-labelledby="bank-heading">
      <h2 id="bank-heading" class="mb-3 text-2xl font-bold" tabIndex={-1}>
        Question bank
      </h2>
      <div class="flex flex-col gap-3" role="search" aria-label="Filter the question bank">
        <label class="flex flex-col text-sm">
          Search the questions
          <input type="search" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} class={select} />
        </label>
        <div class="flex flex-wrap gap-3">
          <label class="flex flex-col text-sm">
            Category
            <select value={filter.category} onChange={(e) => set({ category: e.currentTarget.value })} class={select}>
              <option value="">All categories</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title} ({byCategory.get(c.id) ?? 0})
                </option>
              ))}
            </select>
          </label>
          <label class="flex flex-col text-sm">
            Situation
            <select value={filter.situation} onChange={(e) => set({ situation: e.currentTarget.value as Situation | '' })} class={select}>
              <option value="">Any situation</option>
              {situations.map((s) => (
                <option key={s} value={s}>
                  {situationLabels[s]} ({bySituation.get(s) ?? 0})
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="flex flex-wrap items-center gap-3">
          <p role="status" class="font-semibold">
            Showing {shown.length} of {bank.length} questions
          </p>
          {filtered && (
            <button type="button" class="btn text-sm" onClick={() => setFilter(noFilter)}>
              Clear filters
            </button>
          )}
        </div>
      </div>
      {shown.length === 0 ? (
        <p class="card mt-4 p-4">No questions match. Try fewer words, or another category or situation.</p>
      ) : (
        categories.map((c) => {
          const inCategory = shown.filter((q) => q.category === c.id);
          if (inCategory.length === 0) return null;
          return (
            <section key={c.id} aria-labelledby={`bank-cat-${c.id}`} class="mt-6">
              <h3 id={`bank-cat-${c.id}`} class="text-lg font-bold">
                {c.title}
              </h3>
              <ul>
                {inCategory.map((q) => (
                  <BankRow key={q.id} question={q} added={onSheet.has(q.id)} view={view} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
