import { expect, test } from 'vitest';
import { logoPath } from '../../src/lib/edition/logo.ts';

test('the edition’s logo is served as PNG or SVG by its file type, whatever its case', () => {
  expect(logoPath('brand/logo.PNG')).toBe('/brand/logo.png');
  expect(logoPath('logo.svg')).toBe('/brand/logo.svg');
  expect(logoPath('logo.png.svg')).toBe('/brand/logo.svg');
});
