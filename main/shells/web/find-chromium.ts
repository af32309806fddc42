import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Playwright cannot download its own browsers here (TOOLCHAIN.md trap 6):
 * use $CHROMIUM_PATH, then Debian's, then whatever Playwright has.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * How the print engine starts Chromium: through a wrapper that ties its life to
 * this process (see chromium-tied-to-parent.sh) where the system has setpriv,
 * else Chromium itself, which then exits only once it notices its pipe closed.
 */
export function chromiumLaunch(appRoot: string, chromiumPath: string): { executablePath: string; env: Record<string, string> } {
  const wrapper = join(appRoot, 'main', 'shells', 'web', 'chromium-tied-to-parent.sh');
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  if (process.platform !== 'linux' || !existsSync(wrapper) || !['/usr/bin/setpriv', '/bin/setpriv'].some((p) => existsSync(p))) {
    return { executablePath: chromiumPath, env };
  }
  return { executablePath: wrapper, env: { ...env, RECEPTION_CHROMIUM: chromiumPath } };
}
