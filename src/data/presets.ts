// The starter sheets, read from the edition folder's presets.yaml (issue #15; the project's own
// are in content/presets.yaml). Read once, at build time, when a page or a test imports this;
// question ids are checked against the bank when the handbook loads (src/lib/integrity.ts).
import { layerEditionPresets } from '../lib/edition/presets.ts';
import { editionDir, loadEditionSettings } from '../lib/edition/settings.ts';
import type { Preset } from '../lib/sheet/presets.ts';

const { dir, settings } = loadEditionSettings(editionDir());

const layered = layerEditionPresets(dir, settings);

/** The starter sheets, one per situation, in the order they are offered. */
export const presets: Preset[] = layered.presets;
/** Ids of the sheets from a layered edition's own presets.yaml; the rest are the project's (issue #25). */
export const ownPresetIds = layered.own;
