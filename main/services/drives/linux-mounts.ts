/** A mounted file system as /proc/mounts lists it. */
export interface MountEntry {
  device: string;
  mountPoint: string;
  fsType: string;
  readOnly: boolean;
}

/** /proc/mounts escapes only space, tab, newline and backslash, as octal (\040, \011, \012, \134). */
const unescapeMount = (field: string): string =>
  field.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(Number.parseInt(oct, 8)));

/**
 * The removable drives in /proc/mounts: what udisks mounts for the desktop user under
 * /media/$USER/* (Debian, Ubuntu) or /run/media/$USER/* (Fedora, Arch). Pure, so it is tested as text.
 */
export function parseLinuxRemovableMounts(procMounts: string, user: string): MountEntry[] {
  const roots = [`/media/${user}/`, `/run/media/${user}/`];
  const out: MountEntry[] = [];
  for (const line of procMounts.split('\n')) {
    const [device, rawMount, fsType, opts] = line.trim().split(/\s+/);
    if (!device || !rawMount || !fsType || opts === undefined) continue;
    const mountPoint = unescapeMount(rawMount);
    const root = roots.find((r) => mountPoint.startsWith(r));
    if (!root) continue;
    const rest = mountPoint.slice(root.length);
    // Only the drive's own folder: not the user folder itself nor anything mounted deeper.
    if (rest === '' || rest.includes('/')) continue;
    out.push({ device, mountPoint, fsType, readOnly: opts.split(',').includes('ro') });
  }
  return out;
}
