/**
 * Prefixes a site path with the deployment base, so the site works at `/` and under a sub-path.
 * `path` is site-relative (`/steps/`, `steps/`, or `/questions/x/#id`); `base` ends with `/`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/** A page's path inside the site, without the deployment base: `/careers/steps/x/` under `/careers/` is `/steps/x/`. */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}
