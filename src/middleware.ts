// Runs as each page is built (every page is prerendered). Each page's Content-Security-Policy lists
// only the hashes of its own inline scripts and styles (src/lib/csp-own-hashes.ts).
import { defineMiddleware } from 'astro:middleware';
import { keepOwnHashes } from './lib/csp-own-hashes';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(await keepOwnHashes(await response.text()), response);
});
