// The CSS an edition's settings add to the end of global.css: its link color per theme (screens
// only), and the rules its contact block needs. The project's own settings add none (edition-settings.test.ts).
import { describe, expect, test } from 'vitest';
import { editionThemeCss } from '../../src/lib/edition/theme-css';
import { editionSchema } from '../../src/schemas/edition';

const css = (settings: object) => editionThemeCss(editionSchema.parse(settings));
const LIGHT_LINK = (hex: string) => `@media not print { :root { --link: ${hex}; } }`;
const DARK_LINK = (hex: string) => `@media not print { [data-theme='dark'] { --link: ${hex}; } }`;
const CONTACT_RULES = [
  'body:not(:has(#debrief-title)) .contact-after-debrief { display: none; }',
  "@media print { html[data-print='pocket'] [data-pocket-contact] { display: block; page: pocket; font-size: 7pt; line-height: 1.2; margin-top: 1mm; } }",
];

describe('an edition’s brand colors in the stylesheet', () => {
  test('a new light accent sets the link color of light pages on screen, as #rrggbb', () => {
    expect(css({ colors: { light: { accent: 'rgb(31 78 140)' } } })).toBe(LIGHT_LINK('#1f4e8c'));
  });

  test('a new dark accent sets the link color of dark pages on screen', () => {
    expect(css({ colors: { dark: { accent: '#9CC3FF' } } })).toBe(DARK_LINK('#9cc3ff'));
  });

  test('both accents give one rule each, on lines of their own', () => {
    expect(css({ colors: { light: { accent: '#1f4e8c' }, dark: { accent: '#9cc3ff' } } })).toBe(
      `${LIGHT_LINK('#1f4e8c')}\n${DARK_LINK('#9cc3ff')}`,
    );
  });

  test('the built-in accents written another way add nothing', () => {
    expect(css({ colors: { light: { accent: 'rgb(21, 84, 67)' }, dark: { accent: '#8FD6BD' } } })).toBe('');
  });
});

describe('an edition’s contact block in the stylesheet', () => {
  test('contact details hide the companion’s follow-up block until a debrief is open, and put the contact line on the pocket card', () => {
    expect(css({ contact: { email: 'careers@harbor.example.edu' } })).toBe(CONTACT_RULES.join('\n'));
  });

  test('contact details and a new accent come together, the colors first', () => {
    expect(css({ colors: { light: { accent: '#1f4e8c' } }, contact: { phone: '+1 555 010 0199' } }).split('\n')).toEqual([
      LIGHT_LINK('#1f4e8c'),
      ...CONTACT_RULES,
    ]);
  });
});
