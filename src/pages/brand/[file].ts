import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { editionDir, settings } from '../../lib/edition/current';
import { logoPath } from '../../lib/edition/logo';

// The edition's logo (edition.yaml `logo`), copied from the edition folder; no file without one.
export function getStaticPaths() {
  return settings.logo ? [{ params: { file: path.basename(logoPath(settings.logo)) } }] : [];
}

export const GET: APIRoute = async () => {
  const file = settings.logo!;
  const type = file.toLowerCase().endsWith('.png') ? 'image/png' : 'image/svg+xml';
  return new Response(await readFile(path.join(editionDir, file)), { headers: { 'Content-Type': type } });
};
