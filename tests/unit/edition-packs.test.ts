import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEditionPacks } from '../../src/integration/packs-file.ts';
import { editionPackToPack, findEditionPackProblems } from '../../src/lib/pack/edition-packs.ts';
import { decodePack, encodePack } from '../../src/lib/pack/format.ts';
import type { PackCatalog } from '../../src/lib/pack/resolve.ts';

const folder = (yaml: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'packs-'));
  writeFileSync(path.join(dir, 'packs.yaml'), yaml);
  return dir;
};

const catalog: PackCatalog = {
  steps: { 'find-people': { order: 3, title: 'Find people', items: { 'list-school-contacts': 'List school contacts' } } },
  moved: {},
  guides: { 'what-it-is': 'What it is' },
  templates: { 'thank-you': 'Thank-you note' },
  tips: {},
  categories: {},
  questions: { 'typical-day': ['What is a typical day?', 'day-to-day'] },
  aliases: { 'ordinary-day': 'typical-day' },
  presets: { student: { title: 'Student', minutes: 30, questions: ['typical-day'] } },
};

describe('edition packs', () => {
  test('the example edition’s pack is valid and its short link opens the same pack', () => {
    const { packs, file } = readEditionPacks('tests/fixtures/edition-harbor-college');
    expect(file).toBe(path.join('tests/fixtures/edition-harbor-college', 'packs.yaml'));
    expect(packs.map((p) => p.id)).toEqual(['engineering-juniors']);
    const pack = editionPackToPack(packs[0]!, 'careers@harbor.example.edu');
    expect(pack.goal).toEqual({ count: 2, days: 42 });
    expect(pack.email).toBe('careers@harbor.example.edu');
    expect(decodePack(encodePack(pack))).toEqual({ kind: 'pack', pack, dropped: [], newer: false });
  });

  test('a folder without packs.yaml has none', () => {
    expect(readEditionPacks(mkdtempSync(path.join(tmpdir(), 'packs-'))).packs).toEqual([]);
  });

  test.each([
    [
      'a reading naming two kinds',
      '- id: a\n  title: A pack\n  readings:\n    - step: x\n      guide: y\n',
      'pack 1 ("a"): field "readings.0": must name exactly one of step',
    ],
    [
      'an item without its step',
      '- id: a\n  title: A pack\n  readings:\n    - guide: x\n      item: y\n',
      'field "readings.0": "item" is a checklist item',
    ],
    [
      'a goal with both kinds of date',
      '- id: a\n  title: A pack\n  goal: { conversations: 2, within: 10, by: 2027-03-01 }\n',
      'field "goal": give either "within"',
    ],
    ['an unknown field', '- id: a\n  title: A pack\n  colour: red\n', 'pack 1 ("a"): field "(the pack)"'],
    ['a repeated id', '- id: a\n  title: A pack\n- id: a\n  title: B pack\n', 'pack "a": field "id": is used by another pack'],
    ['broken YAML', '- id: [a\n', 'this is not valid YAML'],
  ])('%s fails naming the file and the field', (_, yaml, message) => {
    const dir = folder(yaml);
    expect(() => readEditionPacks(dir)).toThrow(`${path.join(dir, 'packs.yaml')}: `);
    expect(() => readEditionPacks(dir)).toThrow(message);
  });

  test('ids the handbook does not have fail the build, each named by field', () => {
    const dir = folder(
      [
        '- id: a',
        '  title: A pack',
        '  sheet: nope',
        '  readings:',
        '    - step: find-people',
        '      item: gone',
        '    - guide: what-it-is',
        '    - template: gone',
        '    - question: ordinary-day',
      ].join('\n'),
    );
    const { packs, file } = readEditionPacks(dir);
    expect(findEditionPackProblems(packs, catalog, file)).toEqual([
      `${file}: pack "a": field "readings.0.item": no step checklist item "gone" in step "find-people"`,
      `${file}: pack "a": field "readings.2.template": no template has the id "gone"`,
      `${file}: pack "a": field "readings.3.question": "ordinary-day" is an old id of "typical-day"; list the live id`,
      `${file}: pack "a": field "sheet": no starter sheet in presets.yaml has the id "nope"`,
    ]);
  });
});
