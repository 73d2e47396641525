// Checks an edition's settings (`<edition folder>/edition.yaml`, issue #15; the file is read by
// src/integration/edition.ts). Every problem becomes one message that names the file and the
// field, says what was expected and shows a line that would work, so a career-centre staff member
// can fix it without reading code.
import type { z } from 'astro/zod';
import { editionSchema, type Edition } from '../../schemas/edition.ts';
import { contrastFailures, isReadableColor, nearestPassing, THEME_SURFACES, type ThemeName } from './contrast.ts';
import { closest } from './did-you-mean.ts';
import { fieldAt, keysOf } from './schema-walk.ts';

/** The project's own edition: its content, and what `extends: default` layers on. */
export const DEFAULT_EDITION_DIR = './content';

/** The file name of an edition's settings, inside its folder. */
export const SETTINGS_FILE = 'edition.yaml';

/** A build-stopping list of problems with an edition's settings; the message lists them all. */
export class EditionSettingsError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n- ${problems.join('\n- ')}`);
    this.name = 'EditionSettingsError';
    this.file = file;
    this.problems = problems;
  }
}

const dotted = (p: readonly PropertyKey[]) => p.map(String).join('.');

/** "Expected ... For example: field: value", from the schema's own documentation of the field. */
function teach(fieldPath: readonly PropertyKey[]): string {
  const field = fieldAt(editionSchema, fieldPath);
  const parts: string[] = [];
  if (field?.doc.description) parts.push(`This setting: ${field.doc.description}`);
  const key = [...fieldPath].reverse().find((k) => typeof k === 'string');
  if (field?.doc.example && key) parts.push(`For example: ${String(key)}: ${field.doc.example}`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/** One plain sentence per schema problem. */
function describeIssue(issue: z.core.$ZodIssue, file: string): string[] {
  if (issue.code === 'unrecognized_keys') {
    const known = keysOf(fieldAt(editionSchema, issue.path)?.inner ?? editionSchema);
    return issue.keys.map((key) => {
      const field = dotted([...issue.path, key]);
      const guess = closest(key, known);
      const hint = guess ? ` Did you mean "${guess}"?${teach([...issue.path, guess])}` : ` The settings here are: ${known.join(', ')}.`;
      return `${file}: field "${field}" is not a setting.${hint}`;
    });
  }
  const field = dotted(issue.path);
  const what =
    issue.code === 'invalid_type'
      ? issue.input === undefined
        ? 'is missing'
        : `should be ${issue.expected === 'object' ? 'a group of settings' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`
      : issue.message;
  return [`${file}: field "${field || '(the whole file)'}" ${what}.${teach(issue.path)}`];
}

/** Checks that need the parsed settings: colors a browser can read and that pass AA. */
function checkMeaning(settings: Edition, file: string): string[] {
  const problems: string[] = [];
  for (const theme of Object.keys(THEME_SURFACES) as ThemeName[]) {
    const accent = settings.colors[theme].accent;
    const field = `colors.${theme}.accent`;
    if (!isReadableColor(accent)) {
      problems.push(
        `${file}: field "${field}": "${accent}" is not a color a browser can read. Write it as #rrggbb, rgb(), hsl(), oklch() or a CSS color name. For example: accent: "#155443"`,
      );
      continue;
    }
    const failures = contrastFailures(accent, theme);
    if (failures.length > 0) {
      const pairs = failures
        .map((f) => `${f.ratio}:1 on the ${theme} ${f.surface === 'page' ? 'page background' : 'card background'} ${f.against}`)
        .join(' and ');
      const better = nearestPassing(accent, theme);
      problems.push(
        `${file}: field "${field}": "${accent}" is too hard to read: ${pairs}; links and buttons need at least 4.5:1 (WCAG AA).` +
          (better ? ` A nearby color that passes: accent: "${better}"` : ' Try a much darker (light theme) or lighter (dark theme) color.'),
      );
    }
  }
  return problems;
}

/**
 * Checks settings read from YAML (`raw`) and returns them with defaults filled in, or the problems.
 * `file` is the name used in messages. (The logo file's existence is checked where files are read.)
 */
export function checkEditionSettings(raw: unknown, file: string): { settings?: Edition; problems: string[] } {
  const parsed = editionSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!parsed.success) return { problems: parsed.error.issues.flatMap((i) => describeIssue(i, file)) };
  const problems = checkMeaning(parsed.data, file);
  return problems.length ? { problems } : { settings: parsed.data, problems };
}
