import type { BrowserCommand } from 'vitest/node';

/**
 * A real main for the update panel's browser test: main's own handlers (createHostHandlers, the real
 * dispatcher, the real update service with its loopback feed and the real backup service) over a
 * temporary data folder, with a test publisher key and, in place of electron-updater (which needs
 * Electron), a downloader that makes the generic provider's requests of the loopback feed and checks
 * the sha512. A temporary "USB stick" holds a good release and a tampered one.
 */
type Party = {
  dispatch(channel: string, input: unknown): Promise<unknown>;
  stick: string;
  next: string;
  backups: string;
  installs: string[];
  remove(): void;
};
let party: Promise<Party> | null = null;

async function open(schema: number): Promise<Party> {
  const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { createHash } = await import('node:crypto');
  const { createHostHandlers } = await import('../../../../main/handlers');
  const { createDispatcher } = await import('../../../../shared/host/dispatch');
  const { hostContract } = await import('../../../../shared/host-api');
  const { testPublisher, writeRelease } = await import('../../main/updates/update-fixture');
  const root = mkdtempSync(path.join(tmpdir(), 'binhan-update-ui-'));
  const stick = path.join(root, 'usb');
  const publisher = testPublisher();
  writeRelease(path.join(stick, 'BinhAn-1.2.0'), publisher, '1.2.0', { schema });
  const bad = writeRelease(path.join(stick, 'BinhAn-1.1.5'), publisher, '1.1.5', { schema });
  writeFileSync(path.join(bad.dir, bad.installer), 'MZ — not the signed installer');
  // The backup's folder is a stick that is plugged in.
  mkdirSync(path.join(root, 'backups'));
  const installs: string[] = [];
  const handlers = createHostHandlers({
    info: {
      name: 'Bình An',
      version: '1.0.0',
      transport: 'electron',
      dataDir: path.join(root, 'data'),
      platform: 'win32',
      electronBinaryPresent: true,
    },
    openExternal: async () => {},
    exchange: {
      listDrives: async () => [{ path: stick, label: 'USB', freeBytes: 1e9, totalBytes: 2e9 }],
    },
    updates: {
      keys: publisher.keys,
      bridge: {
        download: async (url, onPercent) => {
          const yml = await (
            await fetch(new URL(`latest.yml?noCache=${Date.now().toString(32)}`, url))
          ).text();
          const file = /path: (\S+)/.exec(yml)?.[1] ?? '';
          const body = new Uint8Array(await (await fetch(new URL(file, url))).arrayBuffer());
          if (createHash('sha512').update(body).digest('base64') !== /^sha512: (\S+)/m.exec(yml)?.[1]) {
            throw new Error('sha512 checksum mismatch');
          }
          onPercent(100);
        },
        installOnQuit: (on) => installs.push(on ? 'quit' : 'not on quit'),
        installNow: () => installs.push('now'),
      },
    },
  });
  const dispatch = createDispatcher(hostContract, handlers, (channel, error) =>
    console.error(channel, error),
  );
  return {
    dispatch: (channel, input) => dispatch(channel, input),
    stick,
    next: path.join(root, 'next-usb'),
    backups: path.join(root, 'backups'),
    installs,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const updateHost: BrowserCommand<[op: string, a?: unknown, b?: unknown]> = async (_ctx, op, a, b) => {
  if (op === 'open') {
    if (party !== null) (await party).remove();
    party = open(Number(a));
    const p = await party;
    return { stick: p.stick, next: p.next, backups: p.backups };
  }
  if (party === null) throw new Error('updateHost: not open');
  const p = await party;
  if (op === 'call') return p.dispatch(String(a), b === null ? undefined : b);
  if (op === 'installs') return p.installs;
  if (op === 'files') {
    const { readdirSync } = await import('node:fs');
    try {
      return readdirSync(String(a)).sort();
    } catch {
      return [];
    }
  }
  if (op === 'remove') {
    p.remove();
    party = null;
    return null;
  }
  throw new Error(`updateHost: ${op}`);
};
