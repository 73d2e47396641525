import { test as base, expect } from '@playwright/test';

/**
 * The project's `test`: like Playwright's, but every test also fails if the page reported a
 * Content-Security-Policy violation or an uncaught error, so no feature can quietly break the
 * policy, or if the page asked anything of another origin than the site's (the handbook promises
 * to send nothing anywhere). A test that serves pages of its own elsewhere (a school's LMS framing
 * an embed view) names those origins in `otherOrigins`.
 */
export const test = base.extend<{ guardPage: void; otherOrigins: string[] }>({
  otherOrigins: [[], { option: true }],
  guardPage: [
    async ({ page, baseURL, otherOrigins }, use) => {
      const problems: string[] = [];
      await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
            `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} on ${location.pathname}`,
          );
        });
      });
      page.on('pageerror', (error) => problems.push(`Uncaught error: ${error.message}`));
      const allowed = new Set([new URL(baseURL!).origin, ...otherOrigins.map((o) => new URL(o).origin)]);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !allowed.has(url.origin))
          problems.push(`Request to another origin: ${request.url()}`);
      });
      await use();
      expect(problems, 'CSP violations, uncaught errors and requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
