import type { Edition, EditionSection } from '../schemas/edition';

/** The handbook's sections, in the order the header and the footer list them. */
const allSections: { href: string; label: string; section?: EditionSection }[] = [
  { href: '/steps/', label: 'Steps' },
  { href: '/tips/', label: "Do's and don'ts" },
  { href: '/questions/', label: 'Questions' },
  { href: '/templates/', label: 'Templates', section: 'templates' },
  { href: '/builder/', label: 'Question builder' },
  { href: '/planner/', label: 'Planner' },
  { href: '/counselors/', label: 'For counselors', section: 'counselors' },
];

/** The sections an edition shows (edition.yaml `sections`). */
export function shownSections(shown: Edition['sections']) {
  return allSections.filter((s) => !s.section || shown[s.section]);
}
