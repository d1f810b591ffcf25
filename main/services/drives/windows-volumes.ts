import { z } from 'zod';

export interface WindowsVolume {
  path: string;
  label: string;
  freeBytes: number;
  totalBytes: number;
}

/** Removable volumes (DriveType 2) as JSON; one object instead of an array when there is one. */
export const POWERSHELL_ARGS = [
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  "Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType=2' | " +
    'Select-Object DeviceID,VolumeName,FreeSpace,Size | ConvertTo-Json -Compress',
];

/** The fallback for old Windows without CIM cmdlets. */
export const WMIC_ARGS = [
  'logicaldisk',
  'where',
  'drivetype=2',
  'get',
  'DeviceID,FreeSpace,Size,VolumeName',
  '/format:csv',
];

const deviceId = z.string().regex(/^[A-Za-z]:$/);
const diskSchema = z.object({
  DeviceID: deviceId,
  VolumeName: z.string().nullish(),
  FreeSpace: z.number().nullish(),
  Size: z.number().nullish(),
});

const toVolume = (
  id: string,
  label: string | null | undefined,
  free: number,
  size: number,
): WindowsVolume => ({
  path: `${id.toUpperCase()}\\`,
  label: label || id.toUpperCase(),
  freeBytes: free,
  totalBytes: size,
});

export function parsePowerShellVolumes(json: string): WindowsVolume[] {
  if (json.trim() === '') return [];
  const raw: unknown = JSON.parse(json);
  const list = z.array(diskSchema).parse(Array.isArray(raw) ? raw : [raw]);
  // A card reader slot with no card has no size: not a drive to write to.
  return list
    .filter((d) => typeof d.Size === 'number' && d.Size > 0)
    .map((d) => toVolume(d.DeviceID, d.VolumeName, d.FreeSpace ?? 0, d.Size ?? 0));
}

/** wmic /format:csv: a header `Node,DeviceID,FreeSpace,Size,VolumeName`, then one line per disk. */
export function parseWmicCsv(csv: string): WindowsVolume[] {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split(',') ?? [];
  const col = (name: string) => header.indexOf(name);
  const out: WindowsVolume[] = [];
  for (const line of lines) {
    const cells = line.split(',');
    const id = cells[col('DeviceID')] ?? '';
    const size = Number(cells[col('Size')]);
    if (!deviceId.safeParse(id).success || !(size > 0)) continue;
    out.push(toVolume(id, cells[col('VolumeName')], Number(cells[col('FreeSpace')]) || 0, size));
  }
  return out;
}
