import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { keepOwnHashes } from '../../src/lib/csp-own-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('keepOwnHashes', () => {
  test('keeps the hashes of the inline scripts and styles the page has, and drops the others', async () => {
    const script = 'let a = 1;';
    const style = 'p{color:red}';
    const html = page(
      `default-src 'self'; script-src 'self' ${hash(script)} ${hash('other()')}; style-src 'self' ${hash('b{}')} ${hash(style)};`,
      `<script type="module">${script}</script><style>${style}</style>`,
    );
    expect(policyOf(await keepOwnHashes(html))).toBe(
      `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`,
    );
  });

  test('does not count an external script as inline code', async () => {
    const html = page(`script-src 'self' ${hash('')};`, '<script type="module" src="/a.js"></script>');
    expect(policyOf(await keepOwnHashes(html))).toBe("script-src 'self';");
  });

  test('hashes a script exactly as written, across lines and with non-ASCII text', async () => {
    const script = "\n  say('Copied ✓');\n";
    const html = page(`script-src ${hash(script)} 'wasm-unsafe-eval'`, `<script>${script}</script>`);
    expect(policyOf(await keepOwnHashes(html))).toBe(`script-src ${hash(script)} 'wasm-unsafe-eval'`);
  });

  test('leaves a page without a policy as it is', async () => {
    const html = '<html><body><script>x()</script></body></html>';
    expect(await keepOwnHashes(html)).toBe(html);
  });
});
