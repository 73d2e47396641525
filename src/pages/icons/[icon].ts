import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { APP_ICONS, ICON_BACKGROUND, type AppIcon } from '../../lib/app-icons';

// Every app icon is drawn from the one source image at build time (see src/lib/app-icons.ts).
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { ...icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<AppIcon> = async ({ props: { size, padded } }) => {
  const svg = await readFile(path.resolve('public/favicon.svg'));
  const inner = Math.round(size * (padded ?? 1));
  let image = sharp(svg, { density: (72 * inner) / 32 }).resize(inner, inner);
  if (padded) {
    const pad = Math.floor((size - inner) / 2);
    image = sharp(await image.png().toBuffer())
      .extend({ top: pad, bottom: size - inner - pad, left: pad, right: size - inner - pad, background: ICON_BACKGROUND })
      .flatten({ background: ICON_BACKGROUND });
  }
  return new Response(new Uint8Array(await image.png({ compressionLevel: 9 }).toBuffer()), { headers: { 'Content-Type': 'image/png' } });
};
