import type { Edition } from '../../schemas/edition.ts';
import { hiddenTargetOf, hiddenTargets } from './hidden-references.ts';

/** Entry text to scan: an MDX body, or a tip's fuller explanation. */
export interface LinkSource {
  filePath: string;
  text: string;
}

// A Markdown link's target written from the site root: `[words](/guides/x/)`.
const MARKDOWN_LINK = /\]\((\/[^)\s]*)/g;

/**
 * Links written in the edition's own files to an entry or section the edition hides: each would
 * lead a reader nowhere, so each is a problem naming the file, the link and the `hide` (or
 * `sections`) setting that causes it. The project's files lose such links instead
 * (hidden-references.ts), unless their body is compiled MDX, which is checked here too.
 */
export function hiddenLinkProblems(
  sources: readonly LinkSource[],
  settings: Pick<Edition, 'hide' | 'sections'>,
  settingsFile: string,
): string[] {
  const targets = hiddenTargets(settings);
  const problems: string[] = [];
  for (const source of sources) {
    const seen = new Set<string>();
    for (const [, sitePath] of source.text.matchAll(MARKDOWN_LINK)) {
      const target = hiddenTargetOf(sitePath!, targets);
      if (!target || seen.has(target.id)) continue;
      seen.add(target.id);
      const section = target.kind === 'section';
      problems.push(
        `${source.filePath}: its text links to "${target.id}", which ${settingsFile} hides (${target.setting}); ` +
          `remove or change the link, or ${section ? 'show that section again' : `stop hiding "${target.id}"`}`,
      );
    }
  }
  return problems;
}
