import { test as base, expect } from '@playwright/test';

/**
 * The project's `test`: like Playwright's, but every test also fails if the page reported a
 * Content-Security-Policy violation or an uncaught error, so no feature can quietly break the policy.
 */
export const test = base.extend<{ guardPage: void }>({
  guardPage: [
    async ({ page }, use) => {
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
      await use();
      expect(problems, 'CSP violations and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
