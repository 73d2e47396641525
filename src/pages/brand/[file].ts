import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { edition } from 'virtual:handbook/edition';
import { logoPath } from '../../lib/edition/logo';

// The edition's logo (edition.yaml `logo`), copied from the edition folder; no file without one.
export function getStaticPaths() {
  return edition.settings.logo ? [{ params: { file: path.basename(logoPath(edition.settings.logo)) } }] : [];
}

export const GET: APIRoute = async () => {
  const file = edition.settings.logo!;
  const type = file.toLowerCase().endsWith('.png') ? 'image/png' : 'image/svg+xml';
  return new Response(await readFile(path.join(edition.dir, file)), { headers: { 'Content-Type': type } });
};
