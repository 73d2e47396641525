// Everything this site keeps in the reader's browser, in one place: every localStorage and
// sessionStorage name, and the event a tab fires after changing the saved sheet. The README's
// privacy section lists the same names (tests/unit/storage-keys.test.ts keeps it honest).
//
// Only plain constants live here: the build inlines them where they are used (rolldown's
// inlineConst, astro.config.mjs), so sharing them costs a page no extra script.
//
// The values below are saved data and never change. A NEW key is named `iih:<feature>:v<n>`
// (the version bumps when the stored shape changes), and a key that belongs to another adds one
// more part after it (`iih:sheet:v1:unreadable`). The older `ii-planner…` and `theme` names predate this.

/** The reader's question sheet, written by the builder and by the add buttons on question pages. */
export const SHEET_KEY = 'iih:sheet:v1';
/** Where an unreadable saved sheet is copied before anything overwrites it. */
export const SHEET_BACKUP_KEY = 'iih:sheet:v1:unreadable';
/** Window event fired after the sheet is written in this tab (storage events only reach other tabs); not stored. */
export const SHEET_EVENT = 'iih:sheet-change';

/** Checklist ticks per step; bump the suffix if the shape ever changes. */
export const TICKS_KEY = 'iih:checklist:v1';
/** Where unreadable saved ticks are kept, so they are never lost. */
export const TICKS_BACKUP_KEY = 'iih:checklist:v1:unreadable';

/** Class packs the student holds (issue #28): each pack's link, the day it was first opened and the readings ticked. */
export const PACKS_KEY = 'iih:packs:v1';
/** Where unreadable saved packs are kept, so they are never lost. */
export const PACKS_BACKUP_KEY = 'iih:packs:v1:unreadable';

/** The planner: people, conversations, notes and the reader's target, as one versioned document. */
export const PLANNER_KEY = 'ii-planner';
/** Prefix of keys (prefix + the time) holding raw copies of planner data that could not be read or was upgraded. */
export const PLANNER_BACKUP_PREFIX = 'ii-planner:backup:';
/** A short message a tab leaves when it saves over another tab's newer edit, so that tab can say so. */
export const PLANNER_CONFLICT_KEY = 'ii-planner:conflict';

/** When the planner's last JSON backup was downloaded, and any "remind me later", for the backup reminder. */
export const PLANNER_BACKUP_RECORD_KEY = 'iih:planner-backup:v1';

/** The reader's chosen colour theme, `light` or `dark` (unset: follow the system). */
export const THEME_KEY = 'theme';

/** Prefix of sessionStorage keys (prefix + conversation id) holding when the companion's conversation clock started. */
export const TALK_CLOCK_PREFIX = 'ii-companion-clock:';
