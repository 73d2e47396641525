// The question bank as the builder sees it in the browser: a trimmed copy of the questions
// collection, passed in as island props at build time, and the filters over it.
import type { Part, Situation } from '../schemas/question';
import type { Query } from './search-aliases';

/** A bank question as the builder island receives it. */
export interface BankEntry {
  id: string;
  text: string;
  part: Part;
  situations: Situation[];
  sensitive: boolean;
  needsResearch: boolean;
  /** Id of the category it belongs to. */
  category: string;
}

/** Trims a handbook question (with its category) to what the browser needs. */
export function toBankEntry(q: Omit<BankEntry, 'category'> & { category: { id: string } }): BankEntry {
  const { id, text, part, situations, sensitive, needsResearch, category } = q;
  return { id, text, part, situations, sensitive, needsResearch, category: category.id };
}

/**
 * Old ids of merged questions, each mapped to the live id of the question that replaced it
 * (declared as `aliases` in content/questions/). Share links, saved sheets and planner notes
 * made before a merge still name the old id; this is how they find the kept question.
 */
export type QuestionAliases = Readonly<Record<string, string>>;

/** Builds the alias map from the bank's questions (the build has already checked for clashes). */
export function aliasMap(questions: readonly { id: string; aliases?: readonly string[] | undefined }[]): QuestionAliases {
  const map: Record<string, string> = {};
  for (const q of questions) for (const alias of q.aliases ?? []) map[alias] = q.id;
  return map;
}

/** The live id for a question id: itself when live (or unknown), the kept question's id when it is an old id. */
export function resolveQuestionId(id: string, aliases: QuestionAliases): string {
  return Object.hasOwn(aliases, id) ? aliases[id]! : id;
}

/** A category as the builder island receives it. */
export interface BankCategory {
  id: string;
  title: string;
}

/** Bank questions that ask who else to talk to (or follow up on it); a sheet should end near one. */
export const REFERRAL_IDS: readonly string[] = [
  'who-else-should-i-talk-to',
  'may-i-use-your-name',
  'someone-with-a-different-view',
  'anyone-at-another-organisation',
  'people-who-switched-in',
  'recent-starters-to-talk-to',
];

/** What the reader filters the bank by; empty strings mean "any". */
export interface BankFilter {
  category: string;
  situation: Situation | '';
  text: string;
}

// Until the full matcher is there (src/lib/search-aliases.ts loads on the first word typed, to
// keep it out of the builder's start-up budget), every typed word must appear in the question,
// ignoring case and accents.
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const plainQuery = (text: string): Query => {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return { empty: words.length === 0, rank: (hay) => (words.every((w) => fold(hay).includes(w)) ? 0 : -1) };
};

/**
 * The questions that pass every filter, in bank order, except that questions matching the
 * reader's own words come before those found through the aliases. `query` is the reader's words
 * compiled by src/lib/search-aliases.ts (makeQuery); without it, plain word matching.
 */
export function filterBank(bank: readonly BankEntry[], filter: BankFilter, query: Query = plainQuery(filter.text)): BankEntry[] {
  const own: BankEntry[] = [];
  const through: BankEntry[] = [];
  for (const q of bank) {
    if (filter.category && q.category !== filter.category) continue;
    if (filter.situation && !q.situations.includes(filter.situation)) continue;
    // Nothing typed (the builder's start): no word matching at all, which costs a few milliseconds.
    const rank = query.empty ? 0 : query.rank(q.text, q.id);
    if (rank === 0) own.push(q);
    else if (rank === 1) through.push(q);
  }
  return [...own, ...through];
}

/**
 * How many questions each choice of one filter would show, given the other filters as they are,
 * so the menus can say "(12)" beside each choice as the reader types.
 */
export function countsFor(
  bank: readonly BankEntry[],
  filter: BankFilter,
  field: 'category' | 'situation',
  query?: Query,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of filterBank(bank, { ...filter, [field]: '' }, query)) {
    for (const value of field === 'category' ? [q.category] : q.situations) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}
