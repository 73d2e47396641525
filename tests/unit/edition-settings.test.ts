import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { contrastFailures, contrastRatio, nearestPassing, THEME_SURFACES } from '../../src/lib/edition/contrast';
import { checkEditionSettings, EditionSettingsError } from '../../src/lib/edition/settings';
import { editionDir, loadEdition } from '../../src/integration/edition';
import { editionThemeCss } from '../../src/lib/edition/theme-css';
import { editionSchema } from '../../src/schemas/edition';

const fixture = (name: string) => `tests/fixtures/${name}`;
/** The message loadEdition throws for a fixture folder. */
function failureOf(dir: string): string {
  try {
    loadEdition({ EDITION_DIR: dir });
  } catch (error) {
    expect(error).toBeInstanceOf(EditionSettingsError);
    return (error as Error).message;
  }
  throw new Error(`${dir} loaded without a problem`);
}

describe('the project’s own edition', () => {
  test('content/edition.yaml spells out exactly the defaults, so a folder without settings builds today’s handbook', () => {
    const own = loadEdition({ EDITION_DIR: './content' }).settings;
    expect(own).toEqual(editionSchema.parse({}));
    expect(parse(readFileSync('content/edition.yaml', 'utf8'))).toEqual(own);
  });

  test('its colors add no CSS: the default build keeps today’s stylesheet', () => {
    expect(editionThemeCss(editionSchema.parse({}))).toBe('');
  });

  test('EDITION_DIR chooses the folder, CONTENT_DIR still works, ./content otherwise', () => {
    expect(editionDir({ EDITION_DIR: 'a', CONTENT_DIR: 'b' })).toBe('a');
    expect(editionDir({ CONTENT_DIR: 'b' })).toBe('b');
    expect(editionDir({})).toBe('./content');
  });

  test('the theme surfaces the contrast check uses are the ones global.css sets', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const block = (selector: string) => css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
    for (const [theme, selector] of [
      ['light', ':root'],
      ['dark', "[data-theme='dark']"],
    ] as const) {
      expect(block(selector)).toContain(`--page: ${THEME_SURFACES[theme].page};`);
      expect(block(selector)).toContain(`--soft: ${THEME_SURFACES[theme].soft};`);
    }
  });
});

describe('bad settings stop the build with the file, the field and a fix', () => {
  test('an unknown field suggests the setting it was probably meant to be', () => {
    const message = failureOf(fixture('edition-bad-unknown-field'));
    expect(message).toContain(
      'tests/fixtures/edition-bad-unknown-field/edition.yaml: field "colours" is not a setting. Did you mean "colors"?',
    );
    expect(message).toContain('For example: colors: {');
  });

  test('a color no browser can read names the field and shows how to write one', () => {
    expect(failureOf(fixture('edition-bad-color'))).toContain(
      'edition-bad-color/edition.yaml: field "colors.light.accent": "#12345g" is not a color a browser can read. Write it as #rrggbb',
    );
  });

  test('a low-contrast color is reported with its ratio and a nearby color that passes', () => {
    const message = failureOf(fixture('edition-low-contrast'));
    expect(message).toMatch(/field "colors\.light\.accent": "#f4a261" is too hard to read: 2\.\d+:1 on the light page background #ffffff/);
    const suggestion = /A nearby color that passes: accent: "(#[0-9a-f]{6})"/.exec(message)?.[1];
    expect(suggestion).toBeDefined();
    expect(contrastFailures(suggestion!, 'light')).toEqual([]);
  });

  test('a missing logo file names the folder it should be in', () => {
    expect(failureOf(fixture('edition-missing-logo'))).toContain(
      'edition-missing-logo/edition.yaml: field "logo": there is no file "college-logo.svg" in tests/fixtures/edition-missing-logo.',
    );
  });

  test.each([
    [{ site: { url: 'harbor.example.edu' } }, 'field "site.url" must be a full web address starting with https://'],
    [{ site: { basePath: 'careers' } }, 'field "site.basePath" must start and end with "/"'],
    [{ contact: { heading: 'Hi there' } }, 'field "contact" needs at least one of bookingUrl, email, phone, hours or location'],
    [{ contact: { email: 'careers-at-harbor' } }, 'field "contact.email" must be an email address like careers@example.edu'],
    [{ shortName: 7 }, 'field "shortName" should be a string'],
    [{ sections: { councelors: false } }, 'field "sections.councelors" is not a setting. Did you mean "counselors"?'],
    [{ embed: { allowedOrigins: ['https://lms.example.edu/course/1'] } }, 'field "embed.allowedOrigins.0" must be an origin'],
    [{ logo: 'logo.gif' }, 'field "logo" must be an .svg or .png file'],
    [{ hide: { categories: ['Pay'] } }, 'field "hide.categories.0" must be lowercase words joined by hyphens'],
    [{ extends: 'project' }, 'field "extends"'],
  ])('%j is refused', (raw, expected) => {
    const { settings, problems } = checkEditionSettings(raw, 'ed/edition.yaml');
    expect(settings).toBeUndefined();
    expect(problems.join('\n')).toContain(`ed/edition.yaml: ${expected}`);
  });

  test('settings that are not valid YAML name the line', () => {
    expect(failureOf(fixture('edition-bad-yaml'))).toMatch(/edition-bad-yaml\/edition\.yaml: line \d+: this is not valid YAML/);
  });
});

describe('brand color contrast', () => {
  test('the project’s own accents pass against every surface of their theme', () => {
    expect(contrastFailures('#155443', 'light')).toEqual([]);
    expect(contrastFailures('#8fd6bd', 'dark')).toEqual([]);
  });

  test('a color just under AA fails, and ratios are never rounded up to a pass', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBe(4.47);
    expect(contrastFailures('#777777', 'light').map((f) => f.surface)).toEqual(['page', 'soft']);
  });

  test('the nearby color for a dark theme is lighter, and passes', () => {
    const better = nearestPassing('#1f4e8c', 'dark')!;
    expect(contrastFailures(better, 'dark')).toEqual([]);
    expect(contrastRatio(better, '#000000')).toBeGreaterThan(contrastRatio('#1f4e8c', '#000000'));
  });
});

describe('embedding follows the edition', () => {
  test('the origins allowed to frame the embed views come from embed.allowedOrigins, and EMBED_ORIGINS overrides them', async () => {
    const allowedEmbedOrigins = (env: Record<string, string>) => loadEdition(env).embedOrigins;
    const harbor = { EDITION_DIR: 'tests/fixtures/edition-harbor-college' };
    expect(allowedEmbedOrigins(harbor)).toEqual(['https://lms.harbor.example.edu', 'http://lms.test']);
    expect(allowedEmbedOrigins({ ...harbor, EMBED_ORIGINS: '' })).toEqual([]);
    expect(allowedEmbedOrigins({})).toEqual([]);
  });
});
