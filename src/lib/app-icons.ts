// The installed app's icons (issue #14), all drawn at build time from public/favicon.svg by
// src/pages/icons/[icon].png.ts. Sizes are what browsers ask for: 192 and 512 pixels for Chrome,
// Edge and Android (512 also as a maskable icon, drawn smaller on a full background so Android's
// masks never cut into it), and 180 pixels for iOS's home screen, which wants no transparency.

/** One generated icon: its file name below /icons/, its size, and how it is drawn. */
export interface AppIcon {
  name: string;
  size: number;
  /** Drawn at this share of the size, on a square of the brand colour (maskable and iOS icons). */
  padded?: number;
  purpose?: 'any' | 'maskable';
}

/** The brand colour behind padded icons: the favicon's own green. */
export const ICON_BACKGROUND = '#155443';

export const APP_ICONS: AppIcon[] = [
  { name: 'icon-192.png', size: 192, purpose: 'any' },
  { name: 'icon-512.png', size: 512, purpose: 'any' },
  { name: 'maskable-512.png', size: 512, padded: 0.8, purpose: 'maskable' },
  { name: 'apple-touch-icon.png', size: 180, padded: 1 },
];
