// Which built files the service worker keeps, and when (issue #14). Shared by the script that
// writes the worker (scripts/build-sw.ts) and the worker itself (src/service-worker/sw.ts), so the
// list a deployment ships and the rules the worker follows cannot drift apart.

/** When a file is cached: on the first visit after idle ("core"), or as read and on request ("pages"). */
export type OfflineGroup = 'core' | 'pages';

/** One file of the worker's list: its path below the base, a content hash (null when the name has one), its size. */
export interface OfflineEntry {
  url: string;
  revision: string | null;
  /** Bytes on disk, for the size shown before keeping the whole handbook. */
  bytes: number;
  /** A page's title without the site name, for the offline page's list of what is kept. */
  title?: string;
}

/** A page's title from its HTML, without the site name after "·". */
export function pageTitle(html: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return title
    ?.split(' · ')[0]!
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

/** The page the worker shows for a page that is not on this device, below the base. */
export const OFFLINE_PAGE = 'offline/';

/** The worker's file name below the base. */
export const WORKER_FILE = 'sw.js';

/**
 * Pagefind's `metaCacheTag`: a fixed query on the index's entry file while a worker serves the
 * site, so the worker can answer it from its cache (by default Pagefind adds the time, to get
 * past HTTP caches; the worker's copy is revisioned by content instead).
 */
export const PAGEFIND_META_TAG = 'offline';

// The three tools and what they need work offline from the first visit; everything under
// _astro/ is small, content-hashed and shared by every page (scripts, styles, on-demand chunks).
const CORE = [
  /^_astro\//,
  /^builder\/$/,
  /^planner\/$/,
  /^planner\/conversation\/$/,
  // A class pack's page (issue #28): a student scans its code once and opens it again anywhere.
  /^pack\/$/,
  // The bank's data: the builder's rows are in its page, but adding, filtering and the sheet read this.
  /^question-bank\.json$/,
  /^offline\/$/,
  /^manifest\.webmanifest$/,
  /^icons\//,
  /^favicon\.svg$/,
];

// Embed views (src/layouts/Embed.astro) live inside other sites' frames, where a worker would be
// kept apart from the handbook's own: a reader of the handbook never needs them on the device.
// `_headers` is for the host (Netlify and Cloudflare Pages read it and do not serve it).
// Pagefind ships UIs and a worker the site does not use (search-dialog.ts runs Pagefind without
// its worker), and a WebAssembly build for pages in no known language (the index is English).
const NEVER = [
  /^sw\.js$/,
  /^embed\//,
  /^_headers$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\./,
  /^pagefind\/wasm\.unknown\./,
  /\.map$/,
];

/** Which group a built file (path below the base, pages as "steps/x/") belongs to, or null if it is never cached. */
export function offlineGroup(url: string): OfflineGroup | null {
  if (NEVER.some((re) => re.test(url))) return null;
  return CORE.some((re) => re.test(url)) ? 'core' : 'pages';
}

/** A built file's path below the base as the site serves it: "steps/x/index.html" is "steps/x/", the home page "./". */
export function servedPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1') || './';
}

/** Whether a path below the base is a page (what a reader opens), not an asset. */
export function isPage(url: string): boolean {
  return url.endsWith('/') || url.endsWith('.html');
}
