// The names this site uses in localStorage, and the event a tab fires after changing the saved
// sheet. Only constants live here: the build inlines them where they are used (rolldown's
// inlineConst, astro.config.mjs), so sharing them costs a page no extra script.

/** The reader's question sheet, written by the builder and by the add buttons on question pages. */
export const SHEET_KEY = 'iih:sheet:v1';
/** Where an unreadable saved sheet is copied before anything overwrites it. */
export const SHEET_BACKUP_KEY = 'iih:sheet:v1:unreadable';
/** Window event fired after the sheet is written in this tab (storage events only reach other tabs). */
export const SHEET_EVENT = 'iih:sheet-change';

/** Checklist ticks per step; bump the suffix if the shape ever changes. */
export const TICKS_KEY = 'iih:checklist:v1';
/** Where unreadable saved ticks are kept, so they are never lost. */
export const TICKS_BACKUP_KEY = 'iih:checklist:v1:unreadable';
