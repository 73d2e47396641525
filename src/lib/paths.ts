/**
 * Prefixes a site path with the deployment base, so the site works at `/` and under a sub-path.
 * `path` is site-relative (`/steps/`, `steps/`, or `/questions/x/#id`); `base` ends with `/`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}
