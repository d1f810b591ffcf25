import { describe, expect, it } from 'vitest';
import { parseLinuxRemovableMounts } from '../../../../main/services/drives/linux-mounts';
import { listRemovableDrives } from '../../../../main/services/drives/list-removable-drives';
import { parsePowerShellVolumes, parseWmicCsv } from '../../../../main/services/drives/windows-volumes';
import type { FileSystem } from '../../../../main/services/fs/file-system';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';

const PROC_MOUNTS = `sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0
/dev/sdb1 /media/lan/USB\\040Cán\\040bộ\\134x vfat rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022,dmask=0022,codepage=437,iocharset=ascii,shortname=mixed,showexec,utf8,flush,errors=remount-ro 0 0
/dev/sdc1 /run/media/lan/KINGSTON exfat ro,nosuid,nodev,relatime 0 0
/dev/sdd1 /media/other/STICK vfat rw 0 0
/dev/sde1 /media/lan vfat rw 0 0
/dev/sdf1 /media/lan/A/B vfat rw 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=1605540k,mode=700,uid=1000,gid=1000 0 0
`;

describe('Linux removable mounts', () => {
  it('keeps the user’s /media and /run/media drives, decoding octal escapes', () => {
    const mounts = parseLinuxRemovableMounts(PROC_MOUNTS, 'lan');
    // The kernel escapes only space, tab, newline and backslash; UTF-8 letters come through as they are.
    expect(mounts.map((m) => [m.device, m.fsType, m.readOnly])).toEqual([
      ['/dev/sdb1', 'vfat', false],
      ['/dev/sdc1', 'exfat', true],
    ]);
    expect(mounts[0]?.mountPoint).toBe('/media/lan/USB Cán bộ\\x');
    expect(mounts[1]?.mountPoint).toBe('/run/media/lan/KINGSTON');
  });
  it('ignores empty and malformed lines', () => {
    expect(parseLinuxRemovableMounts('\n\ngarbage\n', 'lan')).toEqual([]);
  });
});

describe('Windows removable volumes', () => {
  it('reads PowerShell JSON, one object or many, skipping empty card slots', () => {
    expect(
      parsePowerShellVolumes('{"DeviceID":"E:","VolumeName":"SO LDTBXH","FreeSpace":1000,"Size":8000}'),
    ).toEqual([{ path: 'E:\\', label: 'SO LDTBXH', freeBytes: 1000, totalBytes: 8000 }]);
    expect(
      parsePowerShellVolumes(
        '[{"DeviceID":"E:","VolumeName":"","FreeSpace":5,"Size":10},{"DeviceID":"F:","VolumeName":null,"FreeSpace":null,"Size":null}]',
      ),
    ).toEqual([{ path: 'E:\\', label: 'E:', freeBytes: 5, totalBytes: 10 }]);
    expect(parsePowerShellVolumes('')).toEqual([]);
    expect(() => parsePowerShellVolumes('[{"DeviceID":"..\\\\x"}]')).toThrow();
  });
  it('reads wmic CSV', () => {
    const csv = '\r\nNode,DeviceID,FreeSpace,Size,VolumeName\r\nPC01,E:,123,456,USB\r\nPC01,F:,,,\r\n';
    expect(parseWmicCsv(csv)).toEqual([{ path: 'E:\\', label: 'USB', freeBytes: 123, totalBytes: 456 }]);
  });
  it('falls back to wmic, then to an empty list', async () => {
    const fs = createNodeFileSystem();
    const calls: string[] = [];
    const drives = await listRemovableDrives({
      fs,
      platform: 'win32',
      user: 'x',
      run: async (file) => {
        calls.push(file);
        if (file === 'powershell.exe') throw new Error('not found');
        return 'Node,DeviceID,FreeSpace,Size,VolumeName\nPC,G:,1,2,KEY\n';
      },
    });
    expect(calls).toEqual(['powershell.exe', 'wmic']);
    expect(drives.map((d) => d.path)).toEqual(['G:\\']);
    const none = await listRemovableDrives({
      fs,
      platform: 'win32',
      user: 'x',
      run: () => Promise.reject(new Error()),
    });
    expect(none).toEqual([]);
  });
});

describe('listRemovableDrives on Linux and macOS', () => {
  const fakeFs = (over: Partial<FileSystem>): FileSystem => ({ ...createNodeFileSystem(), ...over });

  it('Linux: mounts from /proc/mounts with free space', async () => {
    const fs = fakeFs({
      readFile: async () => new TextEncoder().encode(PROC_MOUNTS),
      statfs: async (p) => {
        if (p.includes('KINGSTON')) throw new Error('EIO');
        return { freeBytes: 42, totalBytes: 100 };
      },
    });
    const drives = await listRemovableDrives({ fs, platform: 'linux', user: 'lan' });
    expect(drives).toHaveLength(1);
    expect(drives[0]?.freeBytes).toBe(42);
  });

  it('macOS: /Volumes without the boot volume', async () => {
    const fs = fakeFs({
      readdir: async () => ['Macintosh HD', 'NO NAME', '.timemachine'],
      stat: async (p) => ({
        size: 0,
        isFile: false,
        isDirectory: true,
        mode: 0o755,
        dev: p === '/Volumes/NO NAME' ? 9 : 1,
      }),
      statfs: async () => ({ freeBytes: 7, totalBytes: 8 }),
    });
    expect(await listRemovableDrives({ fs, platform: 'darwin', user: 'x' })).toEqual([
      { path: '/Volumes/NO NAME', label: 'NO NAME', freeBytes: 7, totalBytes: 8 },
    ]);
  });

  it('this machine: returns a list without throwing', async () => {
    const drives = await listRemovableDrives({
      fs: createNodeFileSystem(),
      platform: process.platform,
      user: process.env.USER ?? 'nobody',
    });
    expect(Array.isArray(drives)).toBe(true);
  });
});
