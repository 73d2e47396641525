import { filterBank, type BankEntry, type BankFilter } from '../../lib/bank.ts';
import type { AliasList, Query } from '../../lib/search-aliases.ts';

interface Props {
  bank: BankEntry[];
  filter: BankFilter;
  /** The reader's words as the filter matched them. */
  query: Query | undefined;
  /** The search-aliases module once it has loaded (it suggests other words). */
  matcher: typeof import('../../lib/search-aliases.ts') | null;
  searchAliases: AliasList;
  /** Changes the filter. */
  set: (change: Partial<BankFilter>) => void;
}

/**
 * The bank's empty result, loaded only when nothing matches: never a blank. It keeps the typed
 * words, offers the same words in every category and situation, and suggests other words.
 */
export default function NoMatches({ bank, filter, query, matcher, searchAliases, set }: Props) {
  const typed = filter.text.trim();
  const narrowed = filter.category || filter.situation;
  const elsewhere = narrowed ? filterBank(bank, { category: '', situation: '', text: filter.text }, query).length : 0;
  const others = matcher ? matcher.suggestions(filter.text, searchAliases) : [];
  return (
    <div class="card mt-4 flex flex-col gap-2 p-4">
      <p>
        No questions match{typed ? ` “${typed}”` : ''}
        {narrowed ? ' with these filters' : ''}. Try fewer or other words.
      </p>
      {elsewhere > 0 && (
        <p>
          <button type="button" class="btn text-sm" onClick={() => set({ category: '', situation: '' })}>
            Search every category and situation ({elsewhere} {elsewhere === 1 ? 'match' : 'matches'})
          </button>
        </p>
      )}
      {others.length > 0 && (
        <p class="flex flex-wrap items-center gap-2">
          Try:
          {others.map((word) => (
            <button key={word} type="button" class="btn text-sm" onClick={() => set({ text: word })}>
              {word}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
