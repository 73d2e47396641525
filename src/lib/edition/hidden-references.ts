// Hiding an entry (edition.yaml `hide`) must not force an edition to copy the project's pages that
// mention it (issue #25). The project's steps, presets, category pages and bodies lose their
// references to what is hidden, and each loss is counted for the build's summary. The edition's
// own files get no such help: a reference there is a mistake it can fix, so it still fails.
import type { Edition } from '../../schemas/edition.ts';

/** What kind of entry a dropped reference pointed at. */
export type HiddenKind = 'question' | 'tip' | 'template' | 'guide' | 'category' | 'section';

/** One reference left out of the project's content because the edition hides its target. */
export interface DroppedReference {
  /** The project file that held it. */
  filePath: string;
  /** Where in the file: a frontmatter field ("questions"), or "a link" in the text. */
  where: string;
  kind: HiddenKind;
  id: string;
}

/** Ids the edition hides, by kind; question ids include those of hidden categories and their old ids (aliases). */
export interface HiddenIds {
  question: ReadonlyMap<string, string>;
  tip: ReadonlySet<string>;
  template: ReadonlySet<string>;
  guide: ReadonlySet<string>;
  category: ReadonlySet<string>;
}

interface CategoryLike {
  data: { id: string; questions: readonly { id: string; aliases?: readonly string[] | undefined }[] };
}

/**
 * Every id the edition hides. A question is hidden by `hide.questions` or by `hide.categories`
 * naming its category; the value says which, for messages. `categories` are the project's.
 */
export function hiddenIds(hide: Edition['hide'], categories: readonly CategoryLike[], settingsFile: string): HiddenIds {
  const question = new Map<string, string>();
  const hiddenCategories = new Set(hide.categories);
  const hiddenQuestions = new Set(hide.questions);
  for (const c of categories) {
    for (const q of c.data.questions) {
      const why = hiddenCategories.has(c.data.id)
        ? `${settingsFile} (hide.categories: its category "${c.data.id}")`
        : hiddenQuestions.has(q.id)
          ? `${settingsFile} (hide.questions)`
          : undefined;
      if (why) for (const id of [q.id, ...(q.aliases ?? [])]) question.set(id, why);
    }
  }
  return {
    question,
    tip: new Set(hide.tips),
    template: new Set(hide.templates),
    guide: new Set(hide.guides),
    category: hiddenCategories,
  };
}

/**
 * A list of ids from a project file without the hidden ones; each one left out is added to
 * `dropped`. Returns the same array when nothing is hidden, so untouched entries stay as loaded.
 */
export function withoutHidden(
  ids: string[],
  hidden: ReadonlySet<string> | ReadonlyMap<string, string>,
  ref: Omit<DroppedReference, 'id'>,
  dropped: DroppedReference[],
): string[] {
  if (!ids.some((id) => hidden.has(id))) return ids;
  for (const id of ids) if (hidden.has(id)) dropped.push({ ...ref, id });
  return ids.filter((id) => !hidden.has(id));
}

/** A link target the edition hides: a pattern for a site path (from the root, without the base). */
export interface HiddenTarget {
  kind: HiddenKind;
  /** The hidden id, or the section's path for a hidden section. */
  id: string;
  /** The setting that hides it, as written in edition.yaml. */
  setting: string;
  /** Matches a site path ("/guides/x/", "/tips/#y") that leads to it. */
  path: RegExp;
}

const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The id must end where the link does, so hiding "thank-you" does not catch "thank-you-note". */
const END = '(?![a-z0-9-])';

/** Every page or anchor the edition's settings take away, as path patterns. */
export function hiddenTargets({ hide, sections }: Pick<Edition, 'hide' | 'sections'>): HiddenTarget[] {
  const ids = (kind: HiddenKind, field: keyof Edition['hide'], prefix: string) =>
    hide[field].map((id) => ({ kind, id, setting: `hide.${field}`, path: new RegExp(`^${prefix}${escape(id)}${END}`) }));
  return [
    ...Object.entries(sections)
      .filter(([, shown]) => !shown)
      .map(([section]) => ({
        kind: 'section' as const,
        id: `/${section}/`,
        setting: `sections.${section}: false`,
        path: new RegExp(`^/${section}/`),
      })),
    ...ids('guide', 'guides', '/guides/'),
    ...ids('template', 'templates', '/templates/'),
    ...ids('category', 'categories', '/questions/'),
    ...ids('tip', 'tips', '/tips/#'),
    ...ids('question', 'questions', '/questions/[a-z0-9-]+/#'),
  ];
}

/** The target a site path leads to, if the edition hides it. */
export const hiddenTargetOf = (sitePath: string, targets: readonly HiddenTarget[]) => targets.find((t) => t.path.test(sitePath));

// Rendered Markdown from the project's own files: links are plain <a> elements without nesting,
// so a pattern over the markup is enough, and text outside the links is left byte for byte.
const LINK = /<a\b[^>]*?\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;

/**
 * Rendered HTML of a project entry with each link to something hidden turned into its plain
 * words (a reader keeps the sentence, not a link to nowhere). `base` is the site's base path,
 * which the links carry (src/lib/rehype/base-links.ts).
 */
export function dropHiddenLinks(
  html: string,
  base: string,
  targets: readonly HiddenTarget[],
  filePath: string,
  dropped: DroppedReference[],
): string {
  if (targets.length === 0) return html;
  return html.replace(LINK, (link, href: string, inner: string) => {
    if (!href.startsWith(base)) return link;
    const target = hiddenTargetOf(`/${href.slice(base.length)}`, targets);
    if (!target) return link;
    dropped.push({ filePath, where: 'a link', kind: target.kind, id: target.id });
    return inner;
  });
}
