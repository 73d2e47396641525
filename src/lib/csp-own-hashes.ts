// A page's Content-Security-Policy <meta> with only the hashes of the inline scripts and styles
// that page has. Astro writes the hash of every inline script and style of the whole build into
// every page's policy (security.csp in astro.config.mjs): a step page with four listed 23, about
// 1.1 KB of gzip that does not compress, on pages with a 20 KB budget. A hash for code the page
// does not have allows nothing on it, so the policy says the same with fewer bytes, and nothing
// the page has loses its hash. Applied to every page by src/middleware.ts.

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
// Raw text elements: what the browser hashes is exactly the text between the tags.
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/** Base64 of the SHA-256 digest of `text` (UTF-8), as a CSP hash source writes it. */
async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/**
 * The page with its policy's `'sha256-…'` sources cut to those of its own inline scripts (those
 * without `src`) and styles. Other sources and directives stay as they are; a page without a
 * policy comes back unchanged.
 */
export async function keepOwnHashes(html: string): Promise<string> {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script' && /\ssrc=/i.test(attributes!)) continue;
    own.add(`'sha256-${await sha256(body!)}'`);
  }
  const policy = meta[1]!.replace(/ ?'sha256-[^']*'/g, (source) => (own.has(source.trim()) ? source : ''));
  return html.replace(meta[0], meta[0].replace(meta[1]!, policy));
}
