// This build's edition: the folder (EDITION_DIR, CONTENT_DIR or ./content) and its checked
// settings, for pages, components and the handbook loader. Build-time only (it reads files):
// islands get what they need as props. astro.config.mjs loads the same settings first, so a
// wrong setting stops the build before any page.
import { loadEditionSettings } from './settings.ts';

const loaded = loadEditionSettings();

/** The edition's settings (edition.yaml, defaults filled in). */
export const settings = loaded.settings;
/** The edition folder, as given (relative to the project root unless absolute). */
export const editionDir = loaded.dir;
