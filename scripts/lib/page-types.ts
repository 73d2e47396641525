// The kinds of page the site has, shared by the budget and Lighthouse scripts, and the built
// pages of each kind.
import type { BudgetKind } from './budgets.ts';
import { builtPages, type BuiltPage } from './built-site.ts';

/** A kind of page: the paths it has and the budget it answers to. */
export interface PageType {
  page: string;
  match: RegExp;
  kind: BudgetKind;
  /** Not every build has one (pages that fit no type are optional). */
  optional?: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { page: 'home', match: /^\/$/, kind: 'handbook' },
  { page: 'step', match: /^\/steps\/[^/]+\/$/, kind: 'handbook' },
  { page: 'steps index', match: /^\/steps\/$/, kind: 'handbook' },
  { page: 'tips', match: /^\/tips\/$/, kind: 'list' },
  { page: 'question category', match: /^\/questions\/[^/]+\/$/, kind: 'handbook' },
  { page: 'question index', match: /^\/questions\/$/, kind: 'list' },
  { page: 'template', match: /^\/templates\/[^/]+\/$/, kind: 'handbook' },
  { page: 'templates index', match: /^\/templates\/$/, kind: 'handbook' },
  { page: 'guide', match: /^\/guides\/[^/]+\/$/, kind: 'handbook' },
  { page: 'guides index', match: /^\/guides\/$/, kind: 'handbook' },
  { page: 'builder', match: /^\/builder\/$/, kind: 'builder' },
  { page: 'planner', match: /^\/planner\/$/, kind: 'planner' },
  // The conversation companion is part of the planner tool, on a page of its own.
  { page: 'conversation companion', match: /^\/planner\/conversation\/$/, kind: 'planner' },
  { page: 'counselors', match: /^\/counselors\/$/, kind: 'counselors' },
  // A student's class pack, and its view for an LMS (issue #28).
  { page: 'class pack', match: /^\/pack\/$/, kind: 'pack' },
  { page: 'class pack embed view', match: /^\/embed\/pack\/$/, kind: 'packEmbed' },
  { page: 'print handbook', match: /^\/print\/$/, kind: 'print' },
  { page: '404', match: /^\/404\.html$/, kind: 'handbook' },
  // Views made to sit in an LMS's frame (issue #15): no site chrome, and no script beyond the
  // inline theme line.
  { page: 'embed view', match: /^\/embed\/[^/]+\/[^/]+\/$/, kind: 'embed' },
];

/** Any page that fits none of the types above is still a handbook page and held to that budget. */
export const OTHER_TYPE: PageType = { page: 'other page', match: /$^/, kind: 'handbook', optional: true };

/** Every built page in outDir, grouped by type (OTHER_TYPE last), in PAGE_TYPES order. */
export function pagesByType(outDir: string): Map<PageType, BuiltPage[]> {
  const grouped = new Map<PageType, BuiltPage[]>([...PAGE_TYPES, OTHER_TYPE].map((t) => [t, []]));
  for (const page of builtPages(outDir)) {
    const type = PAGE_TYPES.find((t) => t.match.test(page.route)) ?? OTHER_TYPE;
    grouped.get(type)!.push(page);
  }
  return grouped;
}
