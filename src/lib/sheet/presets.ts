// Starter sheets are data (content/presets.yaml, read by src/integration/presets-file.ts); this checks them against the bank at build time,
// because a preset naming a question that no longer exists would silently shrink.
import type { Situation } from '../../schemas/question.ts';
import type { Minutes } from './sheet.ts';

/** A starter sheet: about 8 bank questions that fit 20 minutes, ending with the referral question. */
export interface Preset {
  /** Stable id; counselors link to it as /builder/#preset=<id>. */
  id: string;
  /** Short name shown on the card. */
  title: string;
  /** The situation it is written for. */
  situation: Situation;
  /** One sentence on who it suits. */
  description: string;
  /** The time budget it sets. */
  minutes: Minutes;
  /** Bank question ids in asking order. */
  questions: string[];
}

/** The question every starter sheet ends with. */
export const PRESET_LAST_QUESTION = 'who-else-should-i-talk-to';

/** One message per problem: unknown or repeated ids, bad preset ids, a missing closing question. */
export function findPresetProblems(presets: readonly Preset[], bankIds: ReadonlySet<string>, file = 'content/presets.yaml'): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const preset of presets) {
    const where = `${file}: preset "${preset.id}"`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(preset.id)) problems.push(`${where}: id must be lowercase words joined by hyphens`);
    if (seen.has(preset.id)) problems.push(`${where}: id is used by another preset`);
    seen.add(preset.id);
    const ids = new Set<string>();
    preset.questions.forEach((id, index) => {
      if (!bankIds.has(id)) problems.push(`${where}: field "questions.${index}": no question in content/questions/ has the id "${id}"`);
      if (ids.has(id)) problems.push(`${where}: field "questions.${index}": "${id}" is listed twice`);
      ids.add(id);
    });
    if (preset.questions.at(-1) !== PRESET_LAST_QUESTION) {
      problems.push(`${where}: field "questions": must end with the referral question "${PRESET_LAST_QUESTION}"`);
    }
  }
  return problems;
}
