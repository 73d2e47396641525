// The Java that runs the Nu HTML checker (vnu-jar), found in this order: a `java` on PATH; the
// runtime vnu-jar's own install step downloads into node_modules/.cache when there was none; on
// Debian or Ubuntu as root, the distribution's default-jre-headless. Otherwise the check stops
// with a one-line fix, so `npm test` never passes without having checked the HTML.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { aptInstall, canAptInstall, isDebianLike } from './system-packages.ts';

/** The oldest Java that runs vnu.jar (its classes are built for Java 11). */
export const MIN_JAVA = 11;

const require = createRequire(import.meta.url);

/** The path of vnu.jar in node_modules. */
export const VNU_JAR: string = String(require('vnu-jar'));

/** Java's major version from `java -version` output ("17.0.15", "1.8.0_392" is 8), or undefined. */
export function javaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 && match[2] ? Number(match[2]) : major;
}

function usable(command: string): boolean {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return false;
  return (javaMajor(`${result.stderr}${result.stdout}`) ?? 0) >= MIN_JAVA;
}

function cachedRuntime(): string | undefined {
  // vnu-jar's downloader knows where it put its runtime; asking it keeps the path in one place.
  const { findCachedJava } = require('vnu-jar/vnu-java-downloader.js') as { findCachedJava: () => string | null };
  return findCachedJava() ?? undefined;
}

/** A Java that can run vnu.jar, or undefined. */
export function findJava(): string | undefined {
  if (usable('java')) return 'java';
  const cached = cachedRuntime();
  return cached && usable(cached) ? cached : undefined;
}

/** A Java that can run vnu.jar, installing the distribution's where allowed; exits with the fix when there is none. */
export function ensureJava(who: string): string {
  const found = findJava() ?? (canAptInstall() && aptInstall(who, 'default-jre-headless') ? findJava() : undefined);
  if (found) return found;
  const hint = isDebianLike()
    ? 'sudo apt-get install default-jre-headless'
    : 'https://adoptium.net, or "npm rebuild vnu-jar" to download one';
  console.error(
    `${who}: the Nu HTML checker needs Java ${MIN_JAVA} or later on PATH and found none; install it (${hint}), then run npm test again.`,
  );
  process.exit(1);
}
