import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countsFor, filterBank, type BankCategory, type BankEntry, type BankFilter } from '../../lib/bank.ts';
import { situationLabels } from '../../lib/labels.ts';
import type { Sheet } from '../../lib/sheet/sheet';
import type { Situation } from '../../schemas/question.ts';
import type { AliasList } from '../../lib/search-aliases.ts';
import { toggleQuestion } from '../../stores/sheet.ts';
import { useLazy } from '../kit/useLazy.ts';

interface Props {
  /** The bank, once its data file has arrived; null until then (the rows are on screen already). */
  bank: BankEntry[] | null;
  /** How many questions the bank has, known at build time, so the status is right before the data arrives. */
  size: number;
  /** How many questions each category and situation has, known at build time (the menus' numbers before the data arrives). */
  counts: { category: [string, number][]; situation: [string, number][] };
  categories: BankCategory[];
  sheet: Sheet;
  /** Words readers use for the bank's words (content/search-aliases.yaml). */
  searchAliases: AliasList;
  /** Where a press on a row says what it did, for Builder to announce with the sheet's new size. */
  said: { current: string };
  /** The bank's rows, rendered at build time (src/components/BankList.astro). */
  children?: ComponentChildren;
}

// From the labels rather than the schema, so zod stays out of the browser bundle.
const situations = Object.keys(situationLabels) as Situation[];
const noFilter: BankFilter = { category: '', situation: '', text: '' };
const select = 'rounded-md border border-[var(--muted)] bg-[var(--page)] px-2 py-1.5 text-base';

import type { Rows } from './bank-order.ts';

function findRows(section: HTMLElement): Rows | null {
  const list = section.querySelector<HTMLElement>('[data-bank-list]');
  if (!list) return null;
  const rows = new Map<string, HTMLElement>();
  for (const el of list.querySelectorAll<HTMLElement>('[data-q]')) rows.set(el.dataset.q!, el);
  return { list, rows };
}

/**
 * The question bank with its filters; every question can be added or removed in one press. The
 * rows are the page's own (rendered at build time): this component never builds one. It changes
 * only the attributes that change (hidden, data-added) and moves rows when typed words rank them,
 * so a keystroke costs about as much as the rows it shows or hides.
 */
export default function BankPanel({ bank, size, counts, categories, sheet, searchAliases, said, children }: Props) {
  const section = useRef<HTMLElement>(null);
  const dom = useRef<Rows | null>(null);
  const [filter, setFilter] = useState<BankFilter>(noFilter);
  // Presses on the rows, from the moment the builder is started (a layout effect runs in the same
  // task as the start, before any press can be handled).
  useLayoutEffect(() => {
    dom.current = findRows(section.current!);
    const list = dom.current?.list;
    if (!list) return;
    // Adds the row's question, or takes it off; Builder says which, with the sheet's new size.
    const press = (event: MouseEvent) => {
      const row = (event.target as Element).closest('button')?.closest<HTMLElement>('[data-q]');
      if (row) said.current = `${toggleQuestion(row.dataset.q!) ? 'Added' : 'Removed'} “${row.querySelector('p')!.textContent!.trim()}”.`;
    };
    list.addEventListener('click', press);
    return () => list.removeEventListener('click', press);
  }, []);
  // The matcher that knows the reader's words loads with the first word typed; until it is there
  // (a moment), the filter matches plain words, so nothing typed is lost or waits.
  // The code that reorders the rows for them comes with it.
  const [matcher, setMatcher] = useState<typeof import('../../lib/search-aliases.ts') | null>(null);
  const [order, setOrder] = useState<typeof import('./bank-order.ts') | null>(null);
  useEffect(() => {
    if (!filter.text.trim() || matcher) return;
    void Promise.all([import('../../lib/search-aliases.ts'), import('./bank-order.ts')]).then(([m, o]) => {
      setOrder(o);
      setMatcher(m);
    });
  }, [filter.text, matcher]);
  const query = useMemo(() => matcher?.makeQuery(filter.text, searchAliases), [matcher, filter.text, searchAliases]);
  const shown = useMemo(() => (bank ? filterBank(bank, filter, query) : null), [bank, filter, query]);
  const byCategory = useMemo(
    () => (bank ? countsFor(bank, filter, 'category', query) : new Map(counts.category)),
    [bank, filter, query, counts],
  );
  const bySituation = useMemo(
    () => (bank ? countsFor(bank, filter, 'situation', query) : new Map(counts.situation)),
    [bank, filter, query, counts],
  );
  const onSheet = useMemo(() => new Set(sheet.items.flatMap((i) => ('id' in i ? [i.id] : []))), [sheet.items]);

  // Marks the rows on the sheet. Setting an attribute to the value it has costs the browser
  // nothing to redraw, so every row is set and only the changed ones cost a style change.
  useLayoutEffect(() => {
    for (const [id, row] of dom.current?.rows ?? []) row.toggleAttribute('data-added', onSheet.has(id));
  }, [onSheet]);

  // Hides the rows that do not match (and a category with none), opens the categories that have
  // a match (a reader who folded them away is searching them now), and puts rows matching the
  // reader's own words first (bank-order.ts).
  const filtered = filter.category || filter.situation || filter.text;
  const ranked = useRef(false);
  useLayoutEffect(() => {
    const el = dom.current;
    if (!el || !bank || !shown) return;
    const matching = new Set(shown.map((q) => q.id));
    for (const [id, row] of el.rows) row.hidden = !matching.has(id);
    const live = new Set(shown.map((q) => q.category));
    el.list.toggleAttribute('data-filtered', !!filtered);
    for (const category of el.list.children as HTMLCollectionOf<HTMLElement>) {
      category.hidden = !live.has(category.dataset.category!);
      if (filtered && !category.hidden) (category.firstElementChild as HTMLDetailsElement).open = true;
    }
    // Rows matching the reader's own words first while words are typed; the bank's order again after.
    const rank = Boolean(query && matcher && !query.empty);
    if (order && (rank || ranked.current)) order.orderRows(el, categories, bank, rank ? matcher!.rankGroups : null, shown);
    ranked.current = rank;
  }, [bank, shown, query, matcher, order, categories]);

  // What to say when nothing matches loads only then: most readers never see it.
  const NoMatches = useLazy(() => import('./NoMatches.tsx'), shown?.length === 0);
  const set = (change: Partial<BankFilter>) => setFilter((f) => ({ ...f, ...change }));
  return (
    <section aria-labelledby="bank-heading" ref={section}>
      <h2 id="bank-heading" class="mb-3 text-2xl font-bold" tabIndex={-1}>
        Question bank
      </h2>
      <div class="flex flex-col gap-3" role="search" aria-label="Filter the question bank" data-needs-js>
        <label class="flex flex-col text-sm">
          Search the questions
          <input type="search" name="text" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} class={select} />
        </label>
        <div class="flex flex-wrap gap-3">
          <label class="flex flex-col text-sm">
            Category
            <select name="category" value={filter.category} onChange={(e) => set({ category: e.currentTarget.value })} class={select}>
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
            <select
              name="situation"
              value={filter.situation}
              onChange={(e) => set({ situation: e.currentTarget.value as Situation | '' })}
              class={select}
            >
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
            Showing {shown ? shown.length : size} of {bank ? bank.length : size} questions
          </p>
          {filtered && (
            <button type="button" class="btn text-sm" onClick={() => setFilter(noFilter)}>
              Clear filters
            </button>
          )}
        </div>
      </div>
      {shown?.length === 0 && NoMatches.module && (
        <NoMatches.module.default bank={bank!} filter={filter} query={query} matcher={matcher} searchAliases={searchAliases} set={set} />
      )}
      {children}
    </section>
  );
}
