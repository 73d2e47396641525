import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForPath, outDir, ROOT, routeOf } from '../../scripts/lib/built-site.ts';

describe('built site', () => {
  it('is dist/ in the project root unless OUT_DIR or a folder says otherwise', () => {
    expect(outDir('')).toBe(path.join(ROOT, 'dist'));
    expect(outDir('.cache/dist-subpath')).toBe(path.join(ROOT, '.cache', 'dist-subpath'));
  });

  it('turns built files into routes', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf(path.join('steps', 'find-people', 'index.html'))).toBe('/steps/find-people/');
    expect(routeOf('404.html')).toBe('/404.html');
  });

  it('finds the file that serves a path below the base, and nothing outside it', () => {
    const dir = path.join(ROOT, 'tests', 'fixtures');
    expect(fileForPath(ROOT, '/', '/package.json')).toBe(path.join(ROOT, 'package.json'));
    expect(fileForPath(ROOT, '/base/', '/package.json')).toBeUndefined();
    expect(fileForPath(dir, '/', '/no-such-page/')).toBeUndefined();
  });
});
