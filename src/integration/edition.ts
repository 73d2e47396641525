// Reads an edition folder (EDITION_DIR, CONTENT_DIR or ./content) and resolves everything a build
// takes from it: the checked edition.yaml, the starter sheets, and the environment's overrides
// (BASE_PATH, SITE_URL, EMBED_ORIGINS, OFFLINE). The one place edition.yaml is read: the Astro
// integration calls it once per build (src/integration/index.ts), and scripts that run outside
// Astro (preview, budgets, link checks, headers) call it for the same answer.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { parseOrigins } from '../lib/embed/headers.ts';
import type { ResolvedEdition } from '../lib/edition/resolved.ts';
import { checkEditionSettings, DEFAULT_EDITION_DIR, EditionSettingsError, SETTINGS_FILE } from '../lib/edition/settings.ts';
import type { Edition } from '../schemas/edition.ts';
import { layerEditionPresets } from './presets-file.ts';
import { readEditionPacks } from './packs-file.ts';

type Env = Record<string, string | undefined>;

/** The edition folder the build reads: EDITION_DIR, or CONTENT_DIR (its older name), or ./content. */
export function editionDir(env: Env = process.env): string {
  return env.EDITION_DIR || env.CONTENT_DIR || DEFAULT_EDITION_DIR;
}

/**
 * Astro's cache folder for this edition: ASTRO_CACHE_DIR, else one folder per edition folder
 * (named by a hash of its full path), so building one edition never leaves entries in another's
 * content-layer cache.
 */
export function editionCacheDir(env: Env = process.env): string {
  if (env.ASTRO_CACHE_DIR) return env.ASTRO_CACHE_DIR;
  const hash = createHash('sha256')
    .update(path.resolve(editionDir(env)))
    .digest('hex')
    .slice(0, 12);
  return `./node_modules/.astro/edition-${hash}`;
}

/** Reads `<dir>/edition.yaml` (missing or empty means today's handbook) and checks it; throws EditionSettingsError. */
function readSettings(dir: string, file: string): Edition {
  let raw: unknown = {};
  if (existsSync(file)) {
    const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
    if (doc.errors.length > 0) {
      throw new EditionSettingsError(
        file,
        doc.errors.map(
          (e) =>
            `${file}: line ${e.linePos?.[0].line ?? '?'}: this is not valid YAML (${e.message.split('\n')[0]}). Check the indentation and that text with a colon is in quotes.`,
        ),
      );
    }
    raw = doc.toJS();
  }
  const { settings, problems } = checkEditionSettings(raw, file);
  if (settings?.logo) problems.push(...logoProblems(settings.logo, dir, file));
  if (!settings || problems.length > 0) throw new EditionSettingsError(file, problems);
  return settings;
}

/** The logo must be a file inside the edition folder. */
function logoProblems(logo: string, dir: string, file: string): string[] {
  const logoPath = path.resolve(dir, logo);
  if (path.relative(path.resolve(dir), logoPath).startsWith('..')) {
    return [
      `${file}: field "logo": "${logo}" is outside the edition folder. Put the file in ${dir} and write its name. For example: logo: logo.svg`,
    ];
  }
  if (!existsSync(logoPath)) {
    return [
      `${file}: field "logo": there is no file "${logo}" in ${dir}. Add the file there, or fix the name (letters must match exactly). For example: logo: logo.svg`,
    ];
  }
  return [];
}

/** A path with one slash at each end, as Astro writes `base` when trailingSlash is "always". */
const withSlashes = (base: string) => `/${base}/`.replace(/\/{2,}/g, '/');

/**
 * The edition a build with this environment makes, resolved: settings, starter sheets, base path,
 * site, embed origins. Throws (EditionSettingsError for the folder and its settings) with every
 * problem named, so a build stops before any page.
 */
export function loadEdition(env: Env = process.env): ResolvedEdition {
  const dir = editionDir(env);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const variable = env.EDITION_DIR ? 'EDITION_DIR' : 'CONTENT_DIR';
    throw new EditionSettingsError(dir, [
      `${variable} is "${dir}", but there is no folder at ${path.resolve(dir)}. Check the spelling, and give the path from the project's folder (or a full path).`,
    ]);
  }
  const settingsFile = path.join(dir, SETTINGS_FILE);
  const settings = readSettings(dir, settingsFile);
  const layered = settings.extends === 'default' && path.resolve(dir) !== path.resolve(DEFAULT_EDITION_DIR);
  const embedOrigins =
    env.EMBED_ORIGINS === undefined
      ? parseOrigins(settings.embed.allowedOrigins, `${settingsFile}: field "embed.allowedOrigins"`)
      : parseOrigins(
          env.EMBED_ORIGINS.split(',').filter((value) => value.trim() !== ''),
          'EMBED_ORIGINS',
        );
  const presets = layerEditionPresets(dir, settings, layered);
  const packs = readEditionPacks(dir);
  return {
    dir,
    settingsFile,
    settings,
    layered,
    projectDir: DEFAULT_EDITION_DIR,
    presets: presets.presets,
    ownPresetIds: presets.own,
    packs: packs.packs,
    packsFile: packs.file,
    base: withSlashes(env.BASE_PATH ?? settings.site.basePath),
    site: env.SITE_URL ?? settings.site.url,
    embedOrigins,
    offline: env.OFFLINE !== 'off',
  };
}
