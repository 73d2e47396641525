// Installing a tool the tests need from the distribution's packages, as scripts/ensure-browser.ts
// does for Chromium and scripts/lib/java.ts for Java: only on Debian or Ubuntu, only as root,
// so a developer's own machine is never changed behind their back.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Whether this is Debian, Ubuntu or a distribution built on them (so apt-get is the package tool). */
export function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

/** Whether apt-get may be run here: Debian-like and running as root. */
export function canAptInstall(): boolean {
  return process.getuid?.() === 0 && isDebianLike();
}

/** Runs a command with its output shown, prefixed in the log by `who`; true when it succeeded. */
export function run(who: string, command: string, args: string[]): boolean {
  console.log(`${who}: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** Installs a distribution package with apt-get (update first); true when it succeeded. */
export function aptInstall(who: string, pkg: string): boolean {
  return run(who, 'apt-get', ['update', '-qq']) && run(who, 'apt-get', ['install', '-y', '-qq', pkg]);
}
