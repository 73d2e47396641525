import { describe, expect, test } from 'vitest';
import { checkEditionSettings, EditionSettingsError } from '../../src/lib/edition/settings';

// The exact sentences a career-centre staff member reads when their edition.yaml stops the build:
// the file, the field, what was expected, and the setting's own description and example.
const problemsOf = (raw: unknown) => checkEditionSettings(raw, 'ed/edition.yaml').problems;

describe('the error that stops the build', () => {
  test('says "a problem" for one and lists it on its own line', () => {
    const error = new EditionSettingsError('ed/edition.yaml', ['ed/edition.yaml: field "logo" must be an .svg or .png file.']);
    expect(error.message).toBe('ed/edition.yaml has a problem:\n- ed/edition.yaml: field "logo" must be an .svg or .png file.');
    expect(error.name).toBe('EditionSettingsError');
    expect(error.file).toBe('ed/edition.yaml');
  });

  test('counts several problems and lists each on its own line', () => {
    const problems = [
      'ed/edition.yaml: field "logo" must be an .svg or .png file.',
      'ed/edition.yaml: field "shortName" should be a string.',
    ];
    expect(new EditionSettingsError('ed/edition.yaml', problems).message).toBe(
      'ed/edition.yaml has 2 problems:\n- ed/edition.yaml: field "logo" must be an .svg or .png file.\n- ed/edition.yaml: field "shortName" should be a string.',
    );
  });
});

describe('a field that is not a setting', () => {
  test('with a setting of a similar name suggests it, with what it does and an example under its own name', () => {
    expect(problemsOf({ contact: { email: 'careers@harbor.example.edu', phnoe: '+1 555 010 0199' } })).toEqual([
      'ed/edition.yaml: field "contact.phnoe" is not a setting. Did you mean "phone"? ' +
        'This setting: A phone number, as students should dial it. For example: phone: "+1 555 010 0199"',
    ]);
  });

  test('with no setting of a similar name lists the settings allowed there', () => {
    expect(problemsOf({ footerLinks: [{ label: 'Career Center', url: 'https://harbor.example.edu/careers', target: '_blank' }] })).toEqual([
      'ed/edition.yaml: field "footerLinks.0.target" is not a setting. The settings here are: label, url.',
    ]);
  });
});

describe('a field of the wrong kind', () => {
  test('a required field left out is missing', () => {
    expect(problemsOf({ organization: { url: 'https://harbor.example.edu' } })).toEqual([
      'ed/edition.yaml: field "organization.name" is missing. This setting: Your centre’s or college’s name. ' +
        'For example: name: "Harbor College Career Center"',
    ]);
  });

  test('a single value where a group of settings belongs', () => {
    expect(problemsOf({ site: 'https://harbor.example.edu' })).toEqual([
      'ed/edition.yaml: field "site" should be a group of settings. This setting: Where the handbook is published. ' +
        'For example: site: { url: "https://harbor.example.edu", basePath: "/careers/handbook/" }',
    ]);
  });

  test('a single value where a list belongs, with the example under the field’s own name', () => {
    expect(problemsOf({ embed: { allowedOrigins: 'https://lms.harbor.example.edu' } })).toEqual([
      'ed/edition.yaml: field "embed.allowedOrigins" should be a list. ' +
        'This setting: Sites allowed to show this handbook in a frame (an LMS, your website). Empty means nobody may. ' +
        'For example: allowedOrigins: [https://lms.harbor.example.edu]',
    ]);
  });

  test('settings that are not a group of settings at all name the whole file, with nothing more to add', () => {
    expect(problemsOf(['name: Harbor'])).toEqual(['ed/edition.yaml: field "(the whole file)" should be a group of settings.']);
  });

  test('an item of a list names its position, and adds no example when its items have none', () => {
    expect(problemsOf({ embed: { allowedOrigins: ['https://lms.harbor.example.edu/course/1'] } })).toEqual([
      'ed/edition.yaml: field "embed.allowedOrigins.0" must be an origin: scheme and host only, no path.',
    ]);
  });
});

describe('a brand color too hard to read', () => {
  test('names each background it fails on, with its theme and ratio', () => {
    expect(problemsOf({ colors: { dark: { accent: '#1f4e8c' } } })).toEqual([
      'ed/edition.yaml: field "colors.dark.accent": "#1f4e8c" is too hard to read: ' +
        '2.19:1 on the dark page background #111614 and 1.95:1 on the dark card background #1a2220; ' +
        'links and buttons need at least 4.5:1 (WCAG AA). A nearby color that passes: accent: "#5989cc"',
    ]);
  });

  test('a color that passes on the page but not on cards names only the card background', () => {
    expect(problemsOf({ colors: { light: { accent: '#767676' } } })).toEqual([
      'ed/edition.yaml: field "colors.light.accent": "#767676" is too hard to read: 4.17:1 on the light card background #f3f6f5; ' +
        'links and buttons need at least 4.5:1 (WCAG AA). A nearby color that passes: accent: "#707070"',
    ]);
  });
});
