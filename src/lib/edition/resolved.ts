// The edition as the build sees it: settings, starter sheets and every override already applied.
// src/integration/edition.ts makes it, once per build; pages, components, the content config and
// the build steps receive it (virtual:handbook/edition at build, loadEdition() in scripts).
import type { Edition } from '../../schemas/edition.ts';
import type { Preset } from '../sheet/presets.ts';
import type { EditionPack } from '../../schemas/pack.ts';

/** One build's edition, resolved: nothing here needs reading again. */
export interface ResolvedEdition {
  /** The edition folder as given (EDITION_DIR, CONTENT_DIR or ./content), relative to the project root unless absolute. */
  dir: string;
  /** Its settings file, as messages name it. */
  settingsFile: string;
  /** The checked settings, defaults filled in. */
  settings: Edition;
  /** True when the folder sits on top of the project's own content (`extends: default`, another folder). */
  layered: boolean;
  /** The project's own content folder: what a layered edition sits on. */
  projectDir: string;
  /** The starter sheets, layered and checked. */
  presets: Preset[];
  /** Ids of the starter sheets from a layered edition's own presets.yaml; the rest are the project's. */
  ownPresetIds: string[];
  /** The edition's ready-made class packs (packs.yaml), shape-checked; the handbook check names what they miss. */
  packs: EditionPack[];
  /** The packs file, as messages name it. */
  packsFile: string;
  /** The path the site is served under, with slashes at both ends: BASE_PATH, else site.basePath. */
  base: string;
  /** The site's origin for absolute links: SITE_URL, else site.url. */
  site: string;
  /** Origins allowed to frame the embed views: EMBED_ORIGINS, else embed.allowedOrigins, checked. */
  embedOrigins: string[];
  /** False in a build made with OFFLINE=off: no service worker is registered. */
  offline: boolean;
}
