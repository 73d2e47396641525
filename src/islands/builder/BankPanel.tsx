import { useEffect, useMemo, useState } from 'preact/hooks';
import { countsFor, filterBank, type BankCategory, type BankEntry, type BankFilter } from '../../lib/bank.ts';
import { situationLabels } from '../../lib/labels.ts';
import type { Sheet } from '../../lib/sheet/sheet';
import type { Situation } from '../../schemas/question.ts';
import type { AliasList } from '../../lib/search-aliases.ts';
import BankRow from './BankRow.tsx';
import { memo } from '../kit/memo.ts';
import { useLazy } from '../kit/useLazy.ts';

interface Props {
  bank: BankEntry[];
  categories: BankCategory[];
  sheet: Sheet;
  /** Words readers use for the bank's words (content/search-aliases.yaml). */
  searchAliases: AliasList;
}

// From the labels rather than the schema, so zod stays out of the browser bundle.
const situations = Object.keys(situationLabels) as Situation[];
const noFilter: BankFilter = { category: '', situation: '', text: '' };
const select = 'rounded-md border border-[var(--muted)] bg-[var(--page)] px-2 py-1.5 text-base';

/**
 * Rows built per step. The bank is built after the rest of the builder is on screen, a step per
 * frame (effects run after paint), so neither the first paint nor a tap waits for 200 questions.
 */
const STEP = 24;

/** The question bank with its filters; every question can be added or removed in one press. */
export default function BankPanel(props: Props) {
  // How many rows are built (in bank order, whatever the filters); null until the first paint.
  const [built, setBuilt] = useState<number | null>(null);
  useEffect(() => {
    if (built === null || built < props.bank.length) setBuilt((built ?? 0) + STEP);
  }, [built, props.bank.length]);
  // While it is being built the bank takes at least a screen, as it will once built, so on a
  // screen taller than the rest of the builder the page's footer is not shown and then pushed down.
  const building = built === null || built < props.bank.length;
  return (
    <section aria-labelledby="bank-heading" class={building ? 'min-h-screen' : undefined}>
      <h2 id="bank-heading" class="mb-3 text-2xl font-bold" tabIndex={-1}>
        Question bank
      </h2>
      {built !== null && <BankContents {...props} built={built} />}
    </section>
  );
}

/** The filters and the first `built` questions. */
function BankContents({ bank, categories, sheet, built, searchAliases }: Props & { built: number }) {
  const [filter, setFilter] = useState<BankFilter>(noFilter);
  // The matcher that knows the reader's words loads with the first word typed; until it is there
  // (a moment), the filter matches plain words, so nothing typed is lost or waits.
  const [matcher, setMatcher] = useState<typeof import('../../lib/search-aliases.ts') | null>(null);
  useEffect(() => {
    if (filter.text.trim() && !matcher) void import('../../lib/search-aliases.ts').then(setMatcher);
  }, [filter.text, matcher]);
  const query = useMemo(() => matcher?.makeQuery(filter.text, searchAliases), [matcher, filter.text, searchAliases]);
  const shown = useMemo(() => filterBank(bank, filter, query), [bank, filter, query]);
  const matching = useMemo(() => new Set(shown.map((q) => q.id)), [shown]);
  const byCategory = useMemo(() => countsFor(bank, filter, 'category', query), [bank, filter, query]);
  const bySituation = useMemo(() => countsFor(bank, filter, 'situation', query), [bank, filter, query]);
  const onSheet = useMemo(() => new Set(sheet.items.flatMap((i) => ('id' in i ? [i.id] : []))), [sheet.items]);
  const byBank = useMemo(
    () => categories.map((c) => ({ category: c, questions: bank.filter((q) => q.category === c.id) })),
    [bank, categories],
  );
  // While words are typed, questions matching the reader's own words come first (filterBank puts
  // them before those found through aliases): categories by their best match, rows likewise.
  const groups = useMemo(() => (query && matcher ? matcher.rankGroups(byBank, shown) : byBank), [byBank, shown, query, matcher]);
  // What to say when nothing matches loads only then: most readers never see it.
  const NoMatches = useLazy(() => import('./NoMatches.tsx'), shown.length === 0);
  const set = (change: Partial<BankFilter>) => setFilter({ ...filter, ...change });
  const filtered = filter.category || filter.situation || filter.text;
  let left = built;
  return (
    <>
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
      {shown.length === 0 && NoMatches.module && (
        <NoMatches.module.default bank={bank} filter={filter} query={query} matcher={matcher} searchAliases={searchAliases} set={set} />
      )}
      {groups.map(({ category, questions }) => {
        const count = Math.min(questions.length, left);
        left -= count;
        return (
          count > 0 && (
            <CategorySection
              key={category.id}
              category={category}
              questions={questions}
              count={count}
              matching={matching}
              onSheet={onSheet}
            />
          )
        );
      })}
    </>
  );
}

interface CategoryProps {
  category: BankCategory;
  questions: BankEntry[];
  /** How many of its questions are built so far. */
  count: number;
  /** Ids of the questions that pass the filters, and of those on the sheet. */
  matching: ReadonlySet<string>;
  onSheet: ReadonlySet<string>;
}

/**
 * One category of the bank. Filters hide rows rather than drop them, so changing a filter only
 * touches the rows it changes; a category none of whose questions match is hidden whole. It is
 * left alone while later categories are built (memo), so a build step costs about the same
 * however large the bank.
 */
const CategorySection = memo(function CategorySection({ category, questions, count, matching, onSheet }: CategoryProps) {
  const rows = questions.slice(0, count);
  return (
    <section aria-labelledby={`bank-cat-${category.id}`} class="bank-category mt-6" hidden={!rows.some((q) => matching.has(q.id))}>
      <h3 id={`bank-cat-${category.id}`} class="text-lg font-bold">
        {category.title}
      </h3>
      <ul>
        {rows.map((q) => (
          <BankRow key={q.id} question={q} added={onSheet.has(q.id)} hidden={!matching.has(q.id)} />
        ))}
      </ul>
    </section>
  );
});
