// One way to ask axe about a page, for every spec: the same rules (WCAG 2.2 A and AA, the level the
// handbook promises) and the same readable answer.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What axe finds on the page (or only inside `include`), one line per rule: its id and where. */
export async function axeViolations(
  page: Page,
  { include, tags = WCAG_TAGS }: { include?: string | undefined; tags?: string[] } = {},
): Promise<string[]> {
  // Only violations are read: axe then keeps one example node per passed or inapplicable rule
  // instead of every node, which is most of its time on long pages.
  let axe = new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] });
  // A page without frames is checked in one axe.run inside it; axe's default way, built for frames
  // from other origins, opens a blank page to merge the frames' results on every call.
  if (page.frames().length === 1) axe = axe.setLegacyMode(true);
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
