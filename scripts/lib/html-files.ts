import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every .html file under the built site, except Pagefind's own. Exits with a fix when there is no build. */
export function htmlFiles(outDir: string): string[] {
  if (!existsSync(outDir)) {
    console.error(`${outDir} does not exist: run "npm run build" first`);
    process.exit(1);
  }
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes(`${path.sep}pagefind`))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
