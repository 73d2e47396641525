import type { Edition } from '../../schemas/edition.ts';

/** Entry text to scan: an MDX body, or a tip's fuller explanation. */
export interface LinkSource {
  filePath: string;
  text: string;
}

const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The id must end where the link does, so hiding "thank-you" does not flag "thank-you-note". */
const END = '(?![a-z0-9-])';

/**
 * Links written in content to an entry the edition hides (`/guides/<id>/`, `/tips/#<id>`,
 * `/questions/<category>/`, `#<question>` on a category page, `/templates/<id>/`): each one
 * would lead a reader nowhere, so each is a problem naming the file, the link and the fix.
 */
export function hiddenLinkProblems(
  sources: readonly LinkSource[],
  { hide, sections }: Pick<Edition, 'hide' | 'sections'>,
  settingsFile: string,
): string[] {
  const patterns = [
    ...Object.entries(sections)
      .filter(([, shown]) => !shown)
      .map(([section]) => ({ field: `sections.${section}: false`, id: `/${section}/`, re: new RegExp(`\\]\\(/${section}/`) })),
    ...hide.guides.map((id) => ({ field: 'guides', id, re: new RegExp(`/guides/${escape(id)}${END}`) })),
    ...hide.templates.map((id) => ({ field: 'templates', id, re: new RegExp(`/templates/${escape(id)}${END}`) })),
    ...hide.categories.map((id) => ({ field: 'categories', id, re: new RegExp(`/questions/${escape(id)}${END}`) })),
    ...hide.tips.map((id) => ({ field: 'tips', id, re: new RegExp(`/tips/#${escape(id)}${END}`) })),
    ...hide.questions.map((id) => ({ field: 'questions', id, re: new RegExp(`/questions/[a-z0-9-]+/#${escape(id)}${END}`) })),
  ];
  const problems: string[] = [];
  for (const source of sources) {
    for (const { field, id, re } of patterns) {
      if (re.test(source.text)) {
        const section = field.startsWith('sections.');
        problems.push(
          `${source.filePath}: its text links to "${id}", which ${settingsFile} hides (${section ? field : `hide.${field}`}); ` +
            `remove or change the link (replace the file in your edition), or ${section ? 'show that section again' : `stop hiding "${id}"`}`,
        );
      }
    }
  }
  return problems;
}
