import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHostHandlers } from '../../../../main/handlers.ts';
import type { Clock, RemovableDriveInfo } from '../../../../main/services/exchange/exchange-deps.ts';
import type { FileSystem } from '../../../../main/services/fs/file-system.ts';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system.ts';
import { deriveHostWrappingKey } from '../../../../shared/exchange/host-wrapping-key.ts';
import { bindHostApi } from '../../../../shared/host/bind.ts';
import { createDispatcher } from '../../../../shared/host/dispatch.ts';
import type { Result } from '../../../../shared/host/result.ts';
import { type HostApi, hostContract } from '../../../../shared/host-api.ts';

/** A FileSystem whose implementation a test swaps mid-way (e.g. for a faulty one while a stick is written). */
export function switchableFs(initial: FileSystem): FileSystem & { use(fs: FileSystem): void } {
  let current = initial;
  return {
    use: (fs) => {
      current = fs;
    },
    create: (p, m) => current.create(p, m),
    write: (f, b) => current.write(f, b),
    fsync: (f) => current.fsync(f),
    close: (f) => current.close(f),
    rename: (a, b) => current.rename(a, b),
    fsyncDir: (d) => current.fsyncDir(d),
    readFile: (p) => current.readFile(p),
    unlink: (p) => current.unlink(p),
    stat: (p) => current.stat(p),
    readdir: (p) => current.readdir(p),
    statfs: (p) => current.statfs(p),
    mkdir: (p, m) => current.mkdir(p, m),
    chmod: (p, m) => current.chmod(p, m),
  };
}

export const tempRoot = (): string => mkdtempSync(path.join(tmpdir(), 'binhan-exchange-'));
export const removeRoot = (root: string): void => rmSync(root, { recursive: true, force: true });

export interface TestHost {
  api: HostApi;
  dataDir: string;
  fs: ReturnType<typeof switchableFs>;
  real: FileSystem;
  /** Every answer main gave, as the JSON that crossed the boundary. */
  outputs: string[];
  wrappingKey: string;
  drives: RemovableDriveInfo[];
}

/**
 * One unit's host as the renderer sees it: the real handlers behind the real dispatcher (zod at the
 * door), reached through bindHostApi (outputs checked against the contract) with a JSON round trip.
 */
export async function makeHost(dataDir: string, options: { clock?: Clock } = {}): Promise<TestHost> {
  mkdirSync(dataDir, { recursive: true });
  const real = createNodeFileSystem();
  const fs = switchableFs(real);
  const drives: RemovableDriveInfo[] = [];
  const handlers = createHostHandlers({
    info: {
      name: 'binhan',
      version: '0.0.0',
      transport: 'web',
      dataDir,
      platform: process.platform,
      electronBinaryPresent: false,
    },
    openExternal: async () => {},
    exchange: { fs, listDrives: async () => drives, ...(options.clock ? { clock: options.clock } : {}) },
  });
  const dispatch = createDispatcher(hostContract, handlers, (channel, error) =>
    console.error(channel, error),
  );
  const outputs: string[] = [];
  const api = bindHostApi(hostContract, async (channel, input) => {
    const result = await dispatch(
      channel,
      input === undefined ? undefined : JSON.parse(JSON.stringify(input)),
    );
    const json = JSON.stringify(result);
    outputs.push(json);
    return JSON.parse(json);
  });
  const dataKey = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return { api, dataDir, fs, real, outputs, wrappingKey: await deriveHostWrappingKey(dataKey), drives };
}

/** The value of a successful call, or a test failure naming the error. */
export async function value<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`call failed: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export async function failure<T>(result: Promise<Result<T>>) {
  const r = await result;
  if (r.ok) throw new Error(`call succeeded unexpectedly: ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

export const upload = (fileName: string, base64: string) => ({ from: 'upload' as const, fileName, base64 });
