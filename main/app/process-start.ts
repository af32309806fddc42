import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * When a process started, as a string that is equal for the same process and
 * different for a later process given the same pid; null where it cannot be told.
 *
 * Linux: field 22 of /proc/<pid>/stat (clock ticks since boot) with the boot id,
 * so a pid reused after a reboot is told apart too. macOS and other Unixes: `ps`
 * prints the start time to the second. Windows: PowerShell gives it to 100 ns.
 */
export function processStartTime(pid: number, platform: NodeJS.Platform = process.platform): string | null {
  try {
    if (platform === 'linux') return linuxStartTime(pid);
    if (platform === 'win32') return windowsStartTime(pid);
    return psStartTime(pid);
  } catch {
    return null;
  }
}

function linuxStartTime(pid: number): string | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces or ')'; count from the last ')'.
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // afterName[0] is field 3, so field 22 is afterName[19].
  const ticks = afterName[19];
  if (!ticks || !/^\d+$/.test(ticks)) return null;
  let boot = '';
  try {
    boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    // Without a boot id the ticks alone still tell a reused pid within one boot.
  }
  return `linux:${boot}:${ticks}`;
}

function psStartTime(pid: number): string | null {
  const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return out ? `ps:${out}` : null;
}

function windowsStartTime(pid: number): string | null {
  const out = execFileSync(
    'powershell.exe',
    ['-NoProfile', '-NonInteractive', '-Command', `(Get-Process -Id ${pid}).StartTime.ToFileTimeUtc()`],
    { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true },
  ).trim();
  return /^\d+$/.test(out) ? `win:${out}` : null;
}

/** Windows' FileTime (100 ns since 1601) of the Unix epoch. */
const FILETIME_EPOCH_MS = 11_644_473_600_000;
/** How far the OS's start time of a process and Node's own time origin in it may lie apart (Electron starts Node a little after its process). */
const WINDOWS_START_SLACK_MS = 5_000;

/**
 * This process's start time, as the lock records it. On Windows the OS's own
 * figure would cost a PowerShell start (0.3–1.5 s on a desk PC) at every
 * start, so this process takes Node's time origin instead (to the millisecond),
 * and an owner is compared with the OS's figure only when a lock is found
 * (sameProcessStart). Elsewhere it is processStartTime, which is cheap.
 */
export function ownStartTime(platform: NodeJS.Platform = process.platform, pid = process.pid): string | null {
  if (platform === 'win32') return `win-ms:${Math.round(performance.timeOrigin)}`;
  return processStartTime(pid, platform);
}

/**
 * Whether a start time recorded in a lock is the same process's as one read
 * now (null now: it cannot be told, and the owner is taken as running).
 * Windows' own start time (win:) against Node's time origin (win-ms:) agree
 * within WINDOWS_START_SLACK_MS; a reused pid is a process started later.
 */
export function sameProcessStart(recorded: string, now: string | null): boolean {
  if (now === null) return true;
  const own = /^win-ms:(\d+)$/.exec(recorded);
  const os = /^win:(\d+)$/.exec(now);
  if (own && os) return Math.abs(Number(BigInt(os[1]!) / 10_000n) - FILETIME_EPOCH_MS - Number(own[1])) <= WINDOWS_START_SLACK_MS;
  return recorded === now;
}

