// Who may show the handbook inside a frame (issue #15). The pages' own policy is a <meta> tag
// (astro.config.mjs, security.csp), and a meta tag cannot say frame-ancestors, so framing is
// decided by HTTP headers the host sends. This writes them for the common static hosts
// (`_headers`, read by Netlify and Cloudflare Pages) and prints the same rules for nginx and
// Apache, all from one list of rules, so the three never say different things. Pure functions:
// the build writes `_headers` (src/integration/build-steps.ts), scripts/headers.ts prints the
// snippets, and scripts/preview.ts applies the file as a host would.
//
// Framing is off everywhere by default. An edition that lists origins lets those origins frame
// the embed views (`<base>embed/…`) and nothing else.
/** The folder below the base that holds the embed views; the only place framing may be allowed. */
export const EMBED_FOLDER = 'embed';

/**
 * Checks and normalises origins ("https://lms.example.edu", "http://localhost:8080"): a scheme
 * (http or https), a host and an optional port, nothing else. `source` names where they came
 * from in the error. Duplicates are dropped.
 */
export function parseOrigins(values: readonly string[], source: string): string[] {
  const origins = values.map((value, index) => {
    const trimmed = value.trim();
    const problem = originProblem(trimmed);
    if (problem) {
      const where = values.length > 1 ? `${source} (item ${index + 1})` : source;
      throw new Error(
        `${where}: "${trimmed}" is not an origin: ${problem}. ` +
          'Give the scheme, host and port only, for example https://lms.example.edu or http://localhost:8080.',
      );
    }
    return new URL(trimmed).origin;
  });
  return [...new Set(origins)];
}

function originProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not a web address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'it must start with https:// or http://';
  if (url.username || url.password) return 'it must not hold a user name or password';
  if (url.hostname.includes('*') || value.includes('*')) return 'wildcards are not allowed: list each origin';
  // new URL() adds a "/" after a bare origin; a path, query or fragment the reader wrote is refused.
  if (url.pathname !== '/' || url.search || url.hash || /^[a-z]+:\/\/[^/]+\/./i.test(value)) {
    return 'it has a path, query or fragment after the host';
  }
  return null;
}

/** One rule: a path pattern (`*` at the end matches anything after it) and the headers it sets. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

const DENY: HeaderRule['headers'] = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
];

const allowFrom = (origins: readonly string[]): HeaderRule['headers'] => [
  ['Content-Security-Policy', `frame-ancestors ${origins.join(' ')}`],
];

/**
 * The framing rules for a site served under `base` ("/" or "/careers/handbook/"). `topLevel` is
 * what the built folder holds at its top (files and folders), needed only when origins are allowed.
 *
 * The rules never overlap. Hosts disagree on what happens when two rules match one path
 * (Cloudflare Pages joins the values, which for two policies means both apply and the stricter
 * wins; Netlify's handling is not documented), and `_headers` has no way to say "all but this
 * folder". So when the embed views may be framed, every other top-level file and folder gets a
 * rule of its own.
 */
export function framingRules(
  base: string,
  origins: readonly string[],
  topLevel: readonly { name: string; folder: boolean }[],
): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (origins.length === 0) return [{ path: `${root}*`, headers: DENY }];
  const others = topLevel
    .filter((entry) => entry.name !== EMBED_FOLDER && entry.name !== HEADERS_FILE)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => ({ path: `${root}${entry.name}${entry.folder ? '/*' : ''}`, headers: DENY }));
  return [{ path: root, headers: DENY }, ...others, { path: `${root}${EMBED_FOLDER}/*`, headers: allowFrom(origins) }];
}

/** The file Netlify and Cloudflare Pages read their header rules from, at the top of the site. */
export const HEADERS_FILE = '_headers';

const banner = (origins: readonly string[]) =>
  origins.length === 0
    ? 'No page may be shown inside a frame on another site.'
    : `Only the embed views may be shown inside a frame, and only by ${origins.join(', ')}.`;

/** The rules in the `_headers` format of Netlify and Cloudflare Pages. */
export function headersFile(rules: readonly HeaderRule[], origins: readonly string[]): string {
  const lines = [`# Written by npm run build (src/lib/embed/headers.ts). ${banner(origins)}`];
  for (const rule of rules) lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}

/** The same framing for nginx: `location` blocks to put inside the site's `server` block. */
export function nginxSnippet(base: string, origins: readonly string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const block = (location: string, headers: HeaderRule['headers']) =>
    [`location ${location} {`, ...headers.map(([name, value]) => `    add_header ${name} "${value}" always;`), '}'].join('\n');
  const parts = [`# ${banner(origins)}`, block(root, DENY)];
  if (origins.length > 0) parts.push(block(`${root}${EMBED_FOLDER}/`, allowFrom(origins)));
  return `${parts.join('\n')}\n`;
}

/** The same framing for Apache (server config or .htaccess; needs mod_headers). */
export function apacheSnippet(base: string, origins: readonly string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const pattern = (path: string) => `%{REQUEST_URI} =~ m#^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&')}#`;
  const set = (headers: HeaderRule['headers']) => headers.map(([name, value]) => `    Header always set ${name} "${value}"`);
  const lines = [`# ${banner(origins)}`, '<IfModule mod_headers.c>'];
  if (origins.length > 0) {
    lines.push(`  <If "${pattern(`${root}${EMBED_FOLDER}/`)}">`, ...set(allowFrom(origins)), '  </If>', `  <ElseIf "${pattern(root)}">`);
  } else {
    lines.push(`  <If "${pattern(root)}">`);
  }
  lines.push(...set(DENY), origins.length > 0 ? '  </ElseIf>' : '  </If>', '</IfModule>');
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules (for the preview server, so tests see what a host sends). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`${HEADERS_FILE}: cannot read the line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers the rules give `pathname`, joined as Cloudflare Pages joins them when several rules
 * match (values of one header separated by ", "), so an overlap would show up in the tests.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      found.set(key, found.has(key) ? `${found.get(key)}, ${value}` : value);
    }
  }
  return found;
}
