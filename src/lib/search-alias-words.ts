// The alias words the site search indexes with each page, question and tip (build time only, so
// none of this ships to the browser): a page about resumes is also found by "CV".
import { toWords, type AliasList } from './search-aliases.ts';

// The build asks about every page, question and tip against the same list: each member's words
// are worked out once per list, not once per question.
const membersOf = new WeakMap<AliasList, { member: string; words: string[] }[][]>();
function memberWords(aliases: AliasList) {
  let groups = membersOf.get(aliases);
  if (!groups) membersOf.set(aliases, (groups = aliases.groups.map((g) => g.map((member) => ({ member, words: toWords(member) })))));
  return groups;
}

/**
 * The alias words a text should also be found by (for the site search's index): the other
 * members of every group one of whose members the text uses, and a question's own other names.
 */
export function aliasWordsFor(text: string, aliases: AliasList, id?: string): string[] {
  const hay = new Set(toWords(text));
  const out = new Set<string>(id === undefined ? [] : (aliases.questions[id] ?? []));
  for (const group of memberWords(aliases)) {
    if (group.some(({ words }) => words.every((w) => hay.has(w)))) for (const { member } of group) out.add(member);
  }
  return [...out].filter((w) => !toWords(w).every((word) => hay.has(word)));
}
