// Build-time checks of content/search-aliases.yaml, run when the handbook loads.
import type { SearchAlias } from '../schemas/search-alias';
import { toWords, type AliasList } from './search-aliases';

/**
 * Problems with the alias list, each naming the file, the entry and the field: a group none of
 * whose words appears anywhere in the handbook (it could never find anything), or other names for
 * a question id that does not exist.
 */
export function findSearchAliasProblems(
  file: string,
  entries: readonly SearchAlias[],
  handbookWords: ReadonlySet<string>,
  questionIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.question !== undefined) {
      if (!questionIds.has(entry.question))
        problems.push(`${file}: entry "${entry.id}", field "question": no question has the id "${entry.question}"`);
      continue;
    }
    const known = entry.words.some((w) => toWords(w).every((word) => handbookWords.has(word)));
    if (!known) {
      problems.push(
        `${file}: entry "${entry.id}", field "words": none of ${entry.words.map((w) => `"${w}"`).join(', ')} appears in the handbook, so the group can never find anything; add a word the handbook uses`,
      );
    }
  }
  return problems;
}

/** The alias list as the browser needs it. */
export function toAliasList(entries: readonly SearchAlias[]): AliasList {
  const questions: Record<string, string[]> = {};
  for (const e of entries) if (e.question !== undefined) questions[e.question] = [...(questions[e.question] ?? []), ...e.words];
  return { groups: entries.filter((e) => e.question === undefined).map((e) => e.words), questions };
}
