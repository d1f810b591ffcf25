import path from 'node:path';
import type { HandlersOf } from '../../../shared/host/contract';
import { HostFailure } from '../../../shared/host/result';
import { type ReleaseRefusal, ReleaseRefused } from '../../../shared/update/release-refusal';
import type { UpdateStatus, updatesContract, VerifiedRelease } from '../../../shared/update/update-contract';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { copyRelease } from './copy-release';
import { startLoopbackFeed } from './loopback-feed';
import { checkFeed, downloadInstaller, type Fetch } from './network-feed';
import type { PublisherKey } from './publisher-keys';
import { type ReleaseFiles, verifyReleaseFolder } from './release-folder';
import { readUpdateState, writeUpdateState } from './update-state-file';
import { MANIFEST_NAME, SIGNATURE_NAME } from './verify-release';

/**
 * What only Electron can do, filled by main/electron/updates.ts over electron-updater: download from
 * a `generic` feed (the loopback one) and install. Absent in the web host, which verifies and passes on.
 */
export interface UpdaterBridge {
  /** electron-updater's own download (and sha512 check) from the generic feed at `url`. */
  download(url: string, onPercent: (percent: number) => void): Promise<void>;
  /** Install when the app quits (true) or not (false). */
  installOnQuit(on: boolean): void;
  /** Quit and install now (per-user NSIS: no elevation). */
  installNow(): void;
}

export interface UpdateDeps {
  fs: FileSystem;
  dataDir: string;
  running: string;
  keys: readonly PublisherKey[];
  /** The https feed named at build time (BINHAN_UPDATE_URL), or null. */
  networkFeed: string | null;
  fetch: Fetch;
  bridge: UpdaterBridge | null;
  /** When the office's last backup was made (the backup service's state). */
  lastBackupAt: () => Promise<string | null>;
  now?: () => Date;
  log?: (message: string) => void;
}

type Refused = { status: 'refused'; reason: ReleaseRefusal; detail: string };
const refusedOf = (e: unknown): Refused => {
  if (e instanceof ReleaseRefused) return { status: 'refused', reason: e.reason, detail: e.detail };
  throw e;
};

export type UpdateHandlers = HandlersOf<{ updates: typeof updatesContract }>['updates'];

/**
 * The update steps, each one the officer's: scan a folder → stage (verify, copy in, verify the copy)
 * → download (electron-updater from the loopback feed) → install when the app closes or now. The
 * network feed, if any, is read only on "check", and only over https; its installer is staged like a
 * stick's before electron-updater sees it. One step at a time.
 */
export function createUpdateService(deps: UpdateDeps): UpdateHandlers & { dispose(): Promise<void> } {
  const dir = path.join(deps.dataDir, 'updates');
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  let phase: UpdateStatus['phase'] = 'idle';
  let staged: (ReleaseFiles & { stagedAt: string }) | null = null;
  let network: Awaited<ReturnType<typeof checkFeed>> | null = null;
  let percent: number | null = null;
  let installOnQuit = false;
  let lastRefusal: Refused | null = null;
  let busy = false;
  let loaded: Promise<void> | null = null;
  let stopFeed: (() => Promise<void>) | null = null;

  const floor = async () => ({
    running: deps.running,
    highestSeen: (await readUpdateState(deps.fs, dir)).highestSeen,
  });

  /** After a restart: the staged copy is verified again before it is offered. */
  const load = () => {
    loaded ??= (async () => {
      const state = await readUpdateState(deps.fs, dir);
      if (state.staged === null) return;
      try {
        const files = await verifyReleaseFolder(deps.fs, state.staged.dir, deps.keys, null);
        staged = { ...files, stagedAt: state.staged.stagedAt };
        if (files.release.version !== deps.running) phase = 'verified';
      } catch (e) {
        log(`update: staged release no longer verifies: ${e instanceof Error ? e.message : e}`);
      }
    })();
    return loaded;
  };

  /** One step at a time; a refusal is remembered for the status until the next step. */
  const step = async <T>(run: () => Promise<T>): Promise<T | Refused> => {
    await load();
    if (busy) return { status: 'refused', reason: 'busy', detail: '' };
    busy = true;
    lastRefusal = null;
    try {
      return await run();
    } catch (e) {
      lastRefusal = refusedOf(e);
      return lastRefusal;
    } finally {
      busy = false;
    }
  };

  const release = (): VerifiedRelease | null =>
    staged?.release ??
    (network === null ? null : networkRelease(network.signed, network.signed.manifest.installer.size));

  const networkRelease = (
    s: Awaited<ReturnType<typeof checkFeed>>['signed'],
    size: number,
  ): VerifiedRelease => ({
    version: s.manifest.version,
    schema: s.schema,
    installer: s.manifest.installer.name,
    size,
    releaseDate: s.manifest.releaseDate,
    signedBy: s.signedBy,
    from: 'network',
  });

  /** Copies a verified release into updates/<version>/, verifies the copy, records it as the floor. */
  const stageFrom = async (source: ReleaseFiles): Promise<VerifiedRelease> => {
    const target = path.join(dir, source.release.version);
    const copy =
      path.resolve(source.release.from) === path.resolve(target)
        ? source
        : await copyRelease(deps.fs, source, target, deps.keys);
    const stagedAt = now().toISOString();
    const state = await readUpdateState(deps.fs, dir);
    await writeUpdateState(deps.fs, dir, {
      highestSeen: copy.release.version,
      staged: { version: copy.release.version, dir: target, stagedAt },
    });
    if (state.staged !== null && state.staged.dir !== target) await removeRelease(deps.fs, state.staged.dir);
    staged = { ...copy, stagedAt };
    network = null;
    phase = 'verified';
    percent = null;
    installOnQuit = false;
    deps.bridge?.installOnQuit(false);
    return copy.release;
  };

  const downloadStaged = async (files: ReleaseFiles): Promise<void> => {
    const bridge = deps.bridge;
    if (bridge === null) throw new ReleaseRefused('installUnavailable');
    const feed = await startLoopbackFeed(deps.fs, files.release.from, files.release.installer);
    stopFeed = feed.stop;
    phase = 'downloading';
    percent = 0;
    try {
      await bridge.download(feed.url, (p) => {
        percent = p;
      });
      phase = 'ready';
      percent = 100;
    } catch (e) {
      phase = 'verified';
      percent = null;
      log(`update: electron-updater: ${e instanceof Error ? e.message : e}`);
      throw new ReleaseRefused('updaterFailed', e instanceof Error ? e.message.slice(0, 200) : '');
    } finally {
      // The feed lives for the download alone.
      stopFeed = null;
      await feed.stop();
      log(
        `update: loopback feed served ${feed.served.map((r) => `${r.path}${r.range ? ` ${r.range}` : ''} ${r.status}`).join(', ')}`,
      );
    }
  };

  return {
    status: async () => {
      await load();
      return {
        running: deps.running,
        canInstall: deps.bridge !== null,
        networkFeed: deps.networkFeed,
        phase,
        release: release(),
        percent,
        installOnQuit,
        lastRefusal,
      };
    },

    scan: async ({ path: typed }) => {
      const where = absolute(typed);
      await load();
      const folders = [where];
      try {
        for (const name of (await deps.fs.readdir(where)).sort()) {
          if (name.startsWith('.')) continue;
          const sub = path.join(where, name);
          if ((await deps.fs.stat(sub).catch(() => null))?.isDirectory) folders.push(sub);
          if (folders.length > 50) break;
        }
      } catch (e) {
        return {
          found: [
            {
              folder: where,
              result: { status: 'refused', reason: 'unreadable', detail: errnoCode(e) ?? '' },
            },
          ],
        };
      }
      const found = [];
      for (const folder of folders) {
        const has = await deps.fs.stat(path.join(folder, MANIFEST_NAME)).then(
          () => true,
          () => false,
        );
        if (!has) continue;
        try {
          const files = await verifyReleaseFolder(deps.fs, folder, deps.keys, await floor());
          found.push({ folder, result: { status: 'ok' as const, release: files.release } });
        } catch (e) {
          found.push({ folder, result: refusedOf(e) });
        }
      }
      return { found };
    },

    stage: ({ folder }) =>
      step(async () => {
        const files = await verifyReleaseFolder(deps.fs, absolute(folder), deps.keys, await floor());
        return { status: 'ok' as const, release: await stageFrom(files) };
      }),

    checkNetwork: () =>
      step(async () => {
        if (deps.networkFeed === null) throw new ReleaseRefused('notHttps', 'no feed');
        try {
          network = await checkFeed(deps.fetch, deps.networkFeed, deps.keys, await floor());
        } catch (e) {
          if (e instanceof ReleaseRefused && e.reason === 'notNewer')
            return { status: 'ok' as const, release: null };
          throw e;
        }
        if (staged?.release.version !== network.signed.manifest.version) phase = 'verified';
        return { status: 'ok' as const, release: release() };
      }),

    download: () =>
      step(async () => {
        if (deps.bridge === null) throw new ReleaseRefused('installUnavailable');
        if (phase === 'downloading') throw new ReleaseRefused('busy');
        if (
          staged === null ||
          (network !== null && network.signed.manifest.version !== staged.release.version)
        ) {
          if (network === null || deps.networkFeed === null) throw new ReleaseRefused('nothingStaged');
          // The network's installer is staged like a stick's: written here, verified, then handed on.
          const incoming = path.join(dir, 'incoming');
          await deps.fs.mkdir(incoming, 0o700);
          await writeFileAtomic(deps.fs, incoming, MANIFEST_NAME, network.manifest);
          await writeFileAtomic(deps.fs, incoming, SIGNATURE_NAME, network.signature);
          phase = 'downloading';
          percent = 0;
          const { installer } = network.signed.manifest;
          try {
            await downloadInstaller(
              deps.fetch,
              deps.fs,
              deps.networkFeed,
              installer.name,
              installer.size,
              incoming,
              (p) => {
                percent = p / 2;
              },
            );
            await stageFrom(await verifyReleaseFolder(deps.fs, incoming, deps.keys, await floor()));
          } finally {
            await removeRelease(deps.fs, incoming);
            if (phase === 'downloading') phase = staged === null ? 'idle' : 'verified';
          }
        }
        if (staged === null) throw new ReleaseRefused('nothingStaged');
        await downloadStaged(staged);
        return { status: 'ok' as const };
      }),

    install: ({ when, schema }) =>
      step(async () => {
        const bridge = deps.bridge;
        if (bridge === null) throw new ReleaseRefused('installUnavailable');
        if (phase !== 'ready' || staged === null) throw new ReleaseRefused('nothingStaged');
        if (staged.release.schema !== schema) {
          const last = await deps.lastBackupAt();
          if (last === null || last < staged.stagedAt) {
            throw new ReleaseRefused('backupNeeded', `${schema} → ${staged.release.schema}`);
          }
        }
        if (when === 'quit') {
          installOnQuit = true;
          bridge.installOnQuit(true);
        } else bridge.installNow();
        return { status: 'ok' as const };
      }),

    passOn: ({ to }) =>
      step(async () => {
        if (staged === null) throw new ReleaseRefused('nothingStaged');
        const target = path.join(absolute(to), `BinhAn-${staged.release.version}`);
        const copy = await copyRelease(deps.fs, staged, target, deps.keys);
        return { status: 'ok' as const, folder: copy.release.from };
      }),

    dispose: async () => {
      await stopFeed?.();
    },
  };
}

/** Folders typed or picked by the officer: absolute only, never relative to wherever main was started. */
function absolute(where: string): string {
  if (!path.isAbsolute(where)) throw new HostFailure('invalidInput', 'absolutePathNeeded', { path: where });
  return path.resolve(where);
}

/** Removes the files of an older staged release (its folder stays, empty). */
async function removeRelease(fs: FileSystem, folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) await fs.unlink(path.join(folder, name)).catch(() => undefined);
}
