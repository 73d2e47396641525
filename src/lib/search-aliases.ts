// Matching what a reader types against the handbook's words: every word typed must match, in any
// order, ignoring case, accents, punctuation and simple plurals, and each word or phrase may also
// match through the alias groups in content/search-aliases.yaml ("CV" finds "resume"). The question
// filters use it in the browser; the site search gets the same groups at build time.

/** Lower case, no accents: "Résumé" and "resume" compare equal. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A word without its simple plural ending, so "questions" and "question" compare equal. */
export function stem(word: string): string {
  if (word.length <= 2) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words of a text, folded and stemmed; anything that is not a letter or digit separates words. */
export const toWords = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem);

/** The alias list as the browser receives it: groups of words, and other names per question id. */
export interface AliasList {
  groups: readonly (readonly string[])[];
  questions: Readonly<Record<string, readonly string[]>>;
}

/** One part of a query: a word or a known phrase, and the phrases that may stand for it. */
interface Unit {
  words: string[];
  others: string[][];
}

/** How an entry matched: on the reader's own words (0), through aliases (1), or not at all (-1). */
export type MatchRank = 0 | 1 | -1;

/** A query ready to test entries with, made once per change of what the reader typed. */
export interface Query {
  /** True when nothing was typed: everything matches. */
  empty: boolean;
  /** Ranks one entry's text (and the id whose other names count as its words). */
  rank(text: string, id?: string): MatchRank;
}

const phraseKey = (words: readonly string[]) => words.join(' ');

/** Splits what the reader typed into words and known phrases (longest phrase first). */
function units(text: string, aliases: AliasList): Unit[] {
  const phrases = new Map<string, string[][]>();
  let longest = 1;
  for (const group of aliases.groups) {
    const members = group.map(toWords).filter((w) => w.length > 0);
    for (const member of members) {
      longest = Math.max(longest, member.length);
      phrases.set(phraseKey(member), [...(phrases.get(phraseKey(member)) ?? []), ...members]);
    }
  }
  const words = toWords(text);
  const found: Unit[] = [];
  for (let i = 0; i < words.length;) {
    // Stryker disable next-line MethodExpression,ArithmeticOperator: a first try longer than the words left is cut by slice, so only the number of tries changes
    let len = Math.min(longest, words.length - i);
    while (len > 1 && !phrases.has(phraseKey(words.slice(i, i + len)))) len--;
    const part = words.slice(i, i + len);
    found.push({ words: part, others: phrases.get(phraseKey(part)) ?? [] });
    i += len;
  }
  return found;
}

/** Compiles what the reader typed into a query. */
export function makeQuery(text: string, aliases: AliasList = { groups: [], questions: {} }): Query {
  const parts = units(text, aliases);
  const cache = new Map<string, Set<string>>();
  const wordsOf = (text: string) => {
    let set = cache.get(text);
    if (!set) cache.set(text, (set = new Set(toWords(text))));
    return set;
  };
  // The last word may still be being typed, so it also matches as the start of a word.
  const lastWord = parts.at(-1)?.words.at(-1);
  const has = (hay: Set<string>, phrase: readonly string[]) =>
    phrase.every((w) => hay.has(w) || (w === lastWord && phrase.length === 1 && [...hay].some((h) => h.startsWith(w))));
  return {
    empty: parts.length === 0,
    rank(text, id) {
      const hay = wordsOf(text);
      const alsoWords = id === undefined ? undefined : aliases.questions[id];
      const also = alsoWords ? new Set([...hay, ...wordsOf(alsoWords.join(' | '))]) : hay;
      let rank: MatchRank = 0;
      for (const unit of parts) {
        if (has(hay, unit.words)) continue;
        if (!has(also, unit.words) && !unit.others.some((p) => has(also, p))) return -1;
        rank = 1;
      }
      return rank;
    },
  };
}

/**
 * Other words to try when nothing matched: the alias groups' other members for each word typed,
 * for the start of one, or for one with extra letters at the end (a slip of the finger), at most
 * `max`, so an empty result is never a dead end.
 */
export function suggestions(text: string, aliases: AliasList, max = 4): string[] {
  const typed = toWords(text);
  const out: string[] = [];
  for (const group of aliases.groups) {
    const hit = group.some((member) =>
      toWords(member).some((w) => typed.some((t) => (t.length >= 3 && w.startsWith(t)) || (w.length >= 4 && t.startsWith(w)))),
    );
    if (!hit) continue;
    for (const member of group) {
      if (out.length < max && !typed.includes(toWords(member).join(' ')) && !out.includes(member)) out.push(member);
    }
  }
  return out;
}

/**
 * Orders groups of questions (the bank's categories) by the filter's result `shown`, which lists
 * matches on the reader's own words first: groups by their best match, questions within each
 * likewise; questions not shown go last.
 */
export function rankGroups<Q extends { id: string }, G extends { questions: Q[] }>(groups: readonly G[], shown: readonly Q[]): G[] {
  const place = new Map(shown.map((q, i) => [q.id, i]));
  const at = (q: Q) => place.get(q.id) ?? Infinity;
  return groups
    .map((g) => ({ ...g, questions: [...g.questions].sort((a, b) => at(a) - at(b)) }))
    .sort((a, b) => Math.min(...a.questions.map(at)) - Math.min(...b.questions.map(at)));
}
