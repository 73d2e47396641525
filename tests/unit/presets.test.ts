import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadEdition } from '../../src/integration/edition';
import { findPresetProblems, PRESET_LAST_QUESTION, type Preset } from '../../src/lib/sheet/presets.ts';
import { estimateMinutes } from '../../src/lib/sheet/time.ts';
import type { Part } from '../../src/schemas/question.ts';
import { splitFrontmatter } from '../../scripts/lib/synthetic-content';

const preset = (over: Partial<Preset> = {}): Preset => ({
  id: 'student',
  title: 'Student',
  situation: 'student',
  description: 'For students.',
  minutes: 30,
  questions: ['a', PRESET_LAST_QUESTION],
  ...over,
});
const bank = new Set(['a', 'b', PRESET_LAST_QUESTION]);

describe('findPresetProblems', () => {
  test('a good preset has no problems', () => {
    expect(findPresetProblems([preset()], bank)).toEqual([]);
  });

  test('names the preset, the field and the missing id', () => {
    expect(findPresetProblems([preset({ questions: ['nope', PRESET_LAST_QUESTION] })], bank)).toEqual([
      'content/presets.yaml: preset "student": field "questions.0": no question in content/questions/ has the id "nope"',
    ]);
  });

  test('a preset must end with the referral question', () => {
    expect(findPresetProblems([preset({ questions: [PRESET_LAST_QUESTION, 'a'] })], bank)[0]).toContain('must end with');
  });

  test('repeated questions and preset ids are problems', () => {
    const problems = findPresetProblems([preset({ questions: ['a', 'a', PRESET_LAST_QUESTION] }), preset()], bank);
    expect(problems).toEqual([
      'content/presets.yaml: preset "student": field "questions.1": "a" is listed twice',
      'content/presets.yaml: preset "student": id is used by another preset',
    ]);
  });

  test.each(['student', 'early-career', 'career-change-2025', 'a1'])('the id %j can go into a link as it is', (id) => {
    expect(findPresetProblems([preset({ id })], bank)).toEqual([]);
  });

  test.each(['Student', 'early_career', 'early career', '-student', 'student-', 'early--career', 'student!', '!student', ''])(
    'the id %j is refused: counselors link to it',
    (id) => {
      expect(findPresetProblems([preset({ id })], bank)).toEqual([
        `content/presets.yaml: preset "${id}": id must be lowercase words joined by hyphens`,
      ]);
    },
  );
});

describe("the project's starter sheets", () => {
  const dir = new URL('../../content/questions/', import.meta.url);
  const partOf = new Map<string, Part>(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap(
        (f) => (splitFrontmatter(readFileSync(new URL(f, dir), 'utf8')).data as { questions: { id: string; part: Part }[] }).questions,
      )
      .map((q) => [q.id, q.part]),
  );
  const { presets } = loadEdition({});

  // The handbook tells readers to ask a stranger for 20 minutes; the builder shows this same estimate.
  test.each(presets.map((p) => [p.id, p] as const))("%s fits its stated minutes by the builder's own estimate", (_, preset) => {
    const parts = preset.questions.map((id) => partOf.get(id));
    expect(parts).not.toContain(undefined);
    expect(estimateMinutes(parts as Part[])).toBeLessThanOrEqual(preset.minutes);
  });

  test.each(presets.map((p) => [p.id, p] as const))('%s is sized for a 20-minute conversation', (_, preset) => {
    expect(preset.minutes).toBe(20);
  });
});
