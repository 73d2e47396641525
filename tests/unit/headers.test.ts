import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/built-site.ts';
import { loadEdition } from '../../src/integration/edition.ts';
import {
  apacheSnippet,
  framingRules,
  headersFile,
  headersFor,
  nginxSnippet,
  parseHeadersFile,
  parseOrigins,
} from '../../src/lib/embed/headers.ts';

/** The embed origins a build with this environment allows (the project's own edition underneath). */
const allowedEmbedOrigins = (env: Record<string, string>) => loadEdition({ EDITION_DIR: './content', ...env }).embedOrigins;

const site = [
  { name: 'index.html', folder: false },
  { name: '404.html', folder: false },
  { name: 'steps', folder: true },
  { name: 'embed', folder: true },
  { name: '_astro', folder: true },
  { name: 'sw.js', folder: false },
];

/** What a host following the built `_headers` file sends for `pathname`. */
const served = (base: string, origins: string[], pathname: string) =>
  Object.fromEntries(headersFor(parseHeadersFile(headersFile(framingRules(base, origins, site), origins)), pathname));

describe('embed origins', () => {
  it('reads a comma-separated EMBED_ORIGINS, trimmed, without duplicates or a trailing slash', () => {
    expect(allowedEmbedOrigins({ EMBED_ORIGINS: ' https://lms.example.edu/, http://localhost:8080,https://lms.example.edu' })).toEqual([
      'https://lms.example.edu',
      'http://localhost:8080',
    ]);
  });

  it('is empty when nothing is set, so framing stays off', () => {
    expect(allowedEmbedOrigins({})).toEqual([]);
    expect(allowedEmbedOrigins({ EMBED_ORIGINS: ' , ' })).toEqual([]);
  });

  it.each([
    ['https://lms.example.edu/course/7', 'a path, query or fragment'],
    ['https://lms.example.edu/?x=1', 'a path, query or fragment'],
    ['lms.example.edu', 'not a web address'],
    ['ftp://lms.example.edu', 'https:// or http://'],
    ["'self'", 'not a web address'],
    ['https://*.example.edu', 'wildcards'],
    ['https://me:secret@lms.example.edu', 'user name or password'],
  ])('refuses %s, naming the value and what is wrong', (value, problem) => {
    expect(() => allowedEmbedOrigins({ EMBED_ORIGINS: `https://ok.example.edu,${value}` })).toThrow(
      new RegExp(
        `^EMBED_ORIGINS \\(item 2\\): "${value.replace(/[.*?+()[\]\\/]/g, '\\$&')}" is not an origin: .*${problem}.*for example https://`,
      ),
    );
  });

  it('names the source it was given, for the edition settings', () => {
    expect(() => parseOrigins(['nope'], 'content/edition.yaml: embed.allowedOrigins')).toThrow(
      /^content\/edition\.yaml: embed\.allowedOrigins: "nope" is not an origin/,
    );
  });
});

describe('framing headers', () => {
  it('refuse framing for every path when no origin is allowed, embed views included', () => {
    for (const path of ['/', '/steps/find-people/', '/embed/steps/find-people/', '/anything']) {
      expect(served('/', [], path)).toEqual({ 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' });
    }
  });

  it('let the listed origins frame the embed views only, with no X-Frame-Options there', () => {
    const origins = ['https://lms.example.edu', 'https://www.example.edu'];
    expect(served('/', origins, '/embed/steps/find-people/')).toEqual({
      'content-security-policy': 'frame-ancestors https://lms.example.edu https://www.example.edu',
    });
    for (const path of ['/', '/index.html', '/404.html', '/steps/find-people/', '/_astro/x.js', '/sw.js']) {
      expect(served('/', origins, path), path).toEqual({ 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' });
    }
  });

  it('follow the base path, and say nothing about the host outside it', () => {
    const base = '/careers/handbook/';
    expect(served(base, ['https://lms.example.edu'], '/careers/handbook/embed/templates/thank-you/')).toEqual({
      'content-security-policy': 'frame-ancestors https://lms.example.edu',
    });
    expect(served(base, ['https://lms.example.edu'], '/careers/handbook/')['x-frame-options']).toBe('DENY');
    expect(served(base, ['https://lms.example.edu'], '/careers/handbook/steps/x/')['x-frame-options']).toBe('DENY');
    expect(served(base, ['https://lms.example.edu'], '/embed/steps/x/')).toEqual({});
    expect(served(base, [], '/careers/handbook/embed/steps/x/')['x-frame-options']).toBe('DENY');
    expect(served(base, [], '/other-site/')).toEqual({});
  });

  it('never match one path with two rules, which hosts would merge differently', () => {
    const rules = framingRules('/', ['https://lms.example.edu'], site);
    for (const path of ['/', '/index.html', '/embed/x/y/', '/steps/a/', '/_astro/b.js', '/sw.js', '/404.html']) {
      const matching = rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
      expect(matching.length, path).toBe(1);
    }
  });

  it('give nginx and Apache the same rules', () => {
    const nginx = nginxSnippet('/careers/handbook/', ['https://lms.example.edu']);
    expect(nginx).toContain('location /careers/handbook/ {\n    add_header Content-Security-Policy "frame-ancestors \'none\'" always;');
    expect(nginx).toContain(
      'location /careers/handbook/embed/ {\n    add_header Content-Security-Policy "frame-ancestors https://lms.example.edu" always;\n}',
    );
    const apache = apacheSnippet('/careers/handbook/', ['https://lms.example.edu']);
    expect(apache).toMatch(
      /<If "%\{REQUEST_URI\} =~ m#\^\/careers\/handbook\/embed\/#">\n {4}Header always set Content-Security-Policy "frame-ancestors https:\/\/lms\.example\.edu"\n {2}<\/If>/,
    );
    expect(apache).toContain('<ElseIf "%{REQUEST_URI} =~ m#^/careers/handbook/#">');
    expect(apacheSnippet('/', [])).not.toContain('embed');
    expect(nginxSnippet('/', [])).not.toContain('embed');
  });
});

describe('the README', () => {
  it('shows the nginx and Apache rules exactly as the generator writes them', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Embed the handbook in your LMS'));
    const block = (lang: string) => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
    expect(block('nginx')).toBe(nginxSnippet('/careers/handbook/', ['https://lms.example.edu']));
    expect(block('apache')).toBe(apacheSnippet('/careers/handbook/', ['https://lms.example.edu']));
  });
});
