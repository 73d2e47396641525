import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { idPart } from '../../src/lib/dom-id';

describe('idPart', () => {
  test('keeps plain ids as they are', () => {
    expect(idPart('m3k-9x2')).toBe('m3k-9x2');
  });

  test('makes ids with spaces or odd characters one token, with no space', () => {
    expect(idPart('a b')).toBe('a_20_b');
    expect(idPart('a b')).not.toMatch(/\s/);
    expect(idPart('"><img>')).toMatch(/^[\w-]+$/);
  });

  test('gives different ids for different keys', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(idPart(a)).not.toBe(idPart(b));
      }),
    );
    expect(idPart('a b')).not.toBe(idPart('a_b'));
  });
});
