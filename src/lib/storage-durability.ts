// One line on whether this browser may clear the planner, and what to do about it (issue #14).

/** Browsers whose storage rules differ. */
export type BrowserFamily = 'safari' | 'firefox' | 'chromium' | 'other';

/** The browser family from a user agent string (for advice only, never to decide what works). */
export function browserFamily(ua: string): BrowserFamily {
  if (/Firefox\//.test(ua) && !/Seamonkey/.test(ua)) return 'firefox';
  if (/(Chrome|Chromium|CriOS|Edg)\//.test(ua)) return 'chromium';
  if (/Safari\//.test(ua) || /(iPhone|iPad); .*AppleWebKit/.test(ua)) return 'safari';
  return 'other';
}

/** What the reader should know: `persisted` is null where the browser does not say. */
export function durabilityLine(family: BrowserFamily, persisted: boolean | null, installed: boolean): string {
  if (persisted)
    return 'This browser has agreed to keep your planner: it will not clear it to free up space. Backups still protect you if you lose or reset the device.';
  if (family === 'safari') {
    return installed
      ? 'Installed on your Home Screen or Dock, the handbook is exempt from Safari’s seven-day rule. Keep downloading backups in case the device is lost or reset.'
      : 'Safari deletes what a site keeps in the browser after seven days of using Safari without visiting it. To keep your planner, install the handbook (Share, then Add to Home Screen or Add to Dock), and download backups.';
  }
  if (persisted === null) return 'This browser does not say whether it keeps your planner for good. Download backups now and then.';
  if (family === 'firefox')
    return 'Firefox may clear your planner when the device runs short of space, unless you allow this site to keep its data when it asks.';
  if (family === 'chromium')
    return 'This browser may clear your planner when the device runs short of space; it keeps it for sites you install or use often.';
  return 'This browser may clear your planner when the device runs short of space. Download backups now and then.';
}
