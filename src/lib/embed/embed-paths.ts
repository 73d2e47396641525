// Which parts of the handbook have an embed view (a page made to sit in an LMS or a centre's
// site: src/layouts/Embed.astro), where it lives, and the <iframe> code a counselor pastes.
// Plain functions with no astro:* imports: the counselors page uses them at build time and the
// link builder in the browser.

/** The folder below the base that holds every embed view; src/lib/embed/headers.ts lets only it be framed. */
export const EMBED_ROOT = '/embed/';

/** Height in CSS pixels of the suggested frame: a screenful in most LMS pages; scrolls inside beyond. */
export const EMBED_HEIGHT = 600;

// A full page's site path -> its embed view's folder. Checklist items (/steps/x/#item) keep their
// anchor, so the frame opens at that item.
const EMBEDDABLE = /^\/(steps|questions|templates)\/([a-z0-9-]+)\/(#[A-Za-z0-9_-]+)?$/;

/** The embed view of a site path ("/steps/find-people/" -> "/embed/steps/find-people/"), or null if it has none. */
export function embedPathFor(sitePath: string): string | null {
  const match = EMBEDDABLE.exec(sitePath);
  if (match) return `${EMBED_ROOT}${match[1]}/${match[2]}/${match[3] ?? ''}`;
  // Starter question sheets open in the builder; their embed view lists the questions.
  const preset = /^\/builder\/#preset=([a-z0-9-]+)$/.exec(sitePath);
  return preset ? `${EMBED_ROOT}sheets/${preset[1]}/` : null;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code to paste into an LMS or a web page: a frame as wide as its column, a fixed height, a
 * title for screen readers, loaded only when scrolled near.
 */
export function iframeCode(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT}" loading="lazy"></iframe>`;
}
