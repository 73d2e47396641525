/** Where the built site serves the edition's logo (src/pages/brand/[file].ts), by its file type. */
export function logoPath(logo: string): string {
  return `/brand/logo.${logo.toLowerCase().endsWith('.png') ? 'png' : 'svg'}`;
}
