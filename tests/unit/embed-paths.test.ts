import { describe, expect, it } from 'vitest';
import { embedPathFor, iframeCode } from '../../src/lib/embed/embed-paths.ts';
import { offlineGroup } from '../../src/lib/offline-files.ts';

describe('embed views', () => {
  it.each([
    ['/steps/find-people/', '/embed/steps/find-people/'],
    ['/steps/find-people/#list-ten-people', '/embed/steps/find-people/#list-ten-people'],
    ['/questions/their-path/', '/embed/questions/their-path/'],
    ['/templates/thank-you/', '/embed/templates/thank-you/'],
    ['/builder/#preset=student', '/embed/sheets/student/'],
  ])('%s has its embed view at %s', (path, embed) => {
    expect(embedPathFor(path)).toBe(embed);
  });

  it.each(['/guides/what-it-is/', '/tips/#phase-prepare', '/builder/#sheet=v1.abc', '/steps/', '/counselors/'])('%s has none', (path) => {
    expect(embedPathFor(path)).toBeNull();
  });

  it('gives frame code with a title, the full width, a height and lazy loading, with the title escaped', () => {
    expect(iframeCode('https://example.edu/embed/steps/x/', 'Step 1: "Know" <what> & why')).toBe(
      '<iframe src="https://example.edu/embed/steps/x/" title="Step 1: &quot;Know&quot; &lt;what> &amp; why" width="100%" height="600" loading="lazy"></iframe>',
    );
  });

  it('are never kept by the service worker, nor is the file of host headers', () => {
    expect(offlineGroup('embed/steps/find-people/')).toBeNull();
    expect(offlineGroup('embed/sheets/student/')).toBeNull();
    expect(offlineGroup('_headers')).toBeNull();
    expect(offlineGroup('steps/find-people/')).toBe('pages');
  });
});
