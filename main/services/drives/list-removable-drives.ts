import { execFile } from 'node:child_process';
import path from 'node:path';
import type { FileSystem } from '../fs/file-system';
import { parseLinuxRemovableMounts } from './linux-mounts';
import { POWERSHELL_ARGS, parsePowerShellVolumes, parseWmicCsv, WMIC_ARGS } from './windows-volumes';

export interface RemovableDrive {
  /** Where to write: a mount point, `E:\` or `/Volumes/NAME`. */
  path: string;
  label: string;
  freeBytes: number;
  totalBytes: number;
}

export type RunCommand = (file: string, args: string[]) => Promise<string>;

export interface DriveListDeps {
  fs: FileSystem;
  platform: NodeJS.Platform;
  /** The desktop user's login name (Linux mount folders are per user). */
  user: string;
  run?: RunCommand;
}

/** Runs a local command with a short timeout: drive listing never waits on anything remote. */
export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 10_000, windowsHide: true, maxBuffer: 1 << 20 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });

/**
 * USB sticks and other removable drives with their free space. Best effort: a drive that cannot be
 * measured is left out, and an OS that cannot be asked gives an empty list (the user can still pick
 * a folder). Windows: removable volumes (DriveType 2) via PowerShell's CIM, then wmic; note that
 * some USB hard disks report as fixed (DriveType 3) and are not listed.
 */
export async function listRemovableDrives(deps: DriveListDeps): Promise<RemovableDrive[]> {
  switch (deps.platform) {
    case 'linux':
      return linuxDrives(deps);
    case 'darwin':
      return macDrives(deps);
    case 'win32':
      return windowsDrives(deps.run ?? runCommand);
    default:
      return [];
  }
}

async function linuxDrives({ fs, user }: DriveListDeps): Promise<RemovableDrive[]> {
  const mounts = parseLinuxRemovableMounts(new TextDecoder().decode(await fs.readFile('/proc/mounts')), user);
  return withSpace(
    fs,
    mounts.map((m) => ({ path: m.mountPoint, label: path.basename(m.mountPoint) })),
  );
}

async function macDrives({ fs }: DriveListDeps): Promise<RemovableDrive[]> {
  const root = await fs.stat('/');
  const candidates: Array<{ path: string; label: string }> = [];
  for (const name of await fs.readdir('/Volumes')) {
    if (name.startsWith('.')) continue;
    const p = path.posix.join('/Volumes', name);
    // The boot volume appears in /Volumes as a link to "/": same device.
    const s = await fs.stat(p).catch(() => null);
    if (s?.isDirectory && s.dev !== root.dev) candidates.push({ path: p, label: name });
  }
  return withSpace(fs, candidates);
}

async function windowsDrives(run: RunCommand): Promise<RemovableDrive[]> {
  try {
    return parsePowerShellVolumes(await run('powershell.exe', POWERSHELL_ARGS));
  } catch {
    try {
      return parseWmicCsv(await run('wmic', WMIC_ARGS));
    } catch {
      return [];
    }
  }
}

async function withSpace(
  fs: FileSystem,
  list: Array<{ path: string; label: string }>,
): Promise<RemovableDrive[]> {
  const out: RemovableDrive[] = [];
  for (const d of list) {
    const space = await fs.statfs(d.path).catch(() => null);
    if (space) out.push({ ...d, ...space });
  }
  return out;
}
