// The handbook's navigation, worked out once from the loaded handbook: the six steps for the side
// column, the guides in their groups, and the reading order of each section for the previous and
// next links at the foot of a page. A section the edition hides is not in the handbook, so it has
// no link here either.
import { edition } from 'virtual:handbook/edition';
import { guidePartLabels, guideParts } from '../schemas/guide';
import { getHandbook } from './handbook';

/** A page in a sequence, as the previous and next links name it. */
export interface SequencePage {
  href: string;
  title: string;
  /** Says where the page sits, e.g. "step 2" or "guide". */
  kind: string;
}

export interface NavStep {
  id: string;
  order: number;
  title: string;
  href: string;
  /**
   * The step's checklist items as their ticks are saved, "step/item": an item moved here from
   * another step keeps its ticks under the step it came from.
   */
  ticks: string[];
}

export interface HandbookNav {
  steps: NavStep[];
  guideGroups: { id: string; label: string; guides: { title: string; href: string }[] }[];
  /** The other reading sections, in the order the side column lists them. */
  sections: { href: string; label: string }[];
  sequences: Record<'steps' | 'guides' | 'questions' | 'templates', SequencePage[]>;
}

let built: Promise<HandbookNav> | undefined;

/** The navigation for every page of this build (worked out on first use). */
export function handbookNav(): Promise<HandbookNav> {
  built ??= build();
  return built;
}

async function build(): Promise<HandbookNav> {
  const { steps, guides, categories, templates } = await getHandbook();
  const navSteps = steps.map((s) => ({
    id: s.data.id,
    order: s.data.order,
    title: s.data.title,
    href: `/steps/${s.data.id}/`,
    ticks: s.data.checklist.map((i) => `${i.movedFrom ?? s.data.id}/${i.id}`),
  }));
  const guideGroups = guideParts
    .map((part) => ({
      id: `part-${part}`,
      label: guidePartLabels[part],
      guides: guides.filter((g) => g.data.part === part).map((g) => ({ title: g.data.title, href: `/guides/${g.data.id}/` })),
    }))
    .filter((group) => group.guides.length > 0);
  const sections = [
    { href: '/tips/', label: "Do's and don'ts" },
    { href: '/questions/', label: 'Questions to ask' },
    ...(edition.settings.sections.templates ? [{ href: '/templates/', label: 'Message templates' }] : []),
  ];
  return {
    steps: navSteps,
    guideGroups,
    sections,
    sequences: {
      steps: navSteps.map((s) => ({ href: s.href, title: s.title, kind: `step ${s.order}` })),
      guides: guides.map((g) => ({ href: `/guides/${g.data.id}/`, title: g.data.title, kind: 'guide' })),
      questions: categories.map((c) => ({ href: `/questions/${c.data.id}/`, title: c.data.title, kind: 'questions' })),
      templates: templates.map((t) => ({ href: `/templates/${t.data.id}/`, title: t.data.title, kind: 'template' })),
    },
  };
}

/** The pages before and after `href` in a sequence (either may be missing). */
export function neighbours(sequence: SequencePage[], href: string): { previous?: SequencePage; next?: SequencePage } {
  const at = sequence.findIndex((p) => p.href === href);
  if (at < 0) return {};
  const previous = sequence[at - 1];
  const next = sequence[at + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
