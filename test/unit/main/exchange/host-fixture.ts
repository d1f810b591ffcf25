import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { createHostHandlers } from '../../../../main/handlers';
import type { Clock, RemovableDriveInfo } from '../../../../main/services/exchange/exchange-deps';
import type { FileSystem } from '../../../../main/services/fs/file-system';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import {
  AUTHORITY_ROLES,
  type AuthorityPublicKeys,
  type AuthorityRole,
  type AuthoritySigner,
  toBase64,
} from '../../../../shared/exchange/authority';
import { type AuthoritySource, withAuthority } from '../../../../shared/exchange/authority-client';
import { deriveHostWrappingKey } from '../../../../shared/exchange/host-wrapping-key';
import { bindHostApi } from '../../../../shared/host/bind';
import { createDispatcher } from '../../../../shared/host/dispatch';
import type { Result } from '../../../../shared/host/result';
import { type HostApi, hostContract } from '../../../../shared/host-api';

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
    readAt: (p, at, n) => current.readAt(p, at, n),
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

/** An office's authority keys as the store would hold them (authority.ts), and a signer over them. */
export interface TestAuthority {
  seeds: Record<AuthorityRole, Uint8Array>;
  publicKeys: AuthorityPublicKeys;
  /** An administrator who holds both keys; `signerFor` makes one who holds fewer. */
  signer: AuthoritySigner;
  signerFor(roles: readonly AuthorityRole[], now?: () => Date): AuthoritySigner;
  source: AuthoritySource;
}

const authorities = new Map<string, TestAuthority>();

/** One set of authority keys per data folder, so a restarted host on the same folder still verifies. */
export function testAuthorityFor(dataDir: string, clock?: Clock): TestAuthority {
  const known = authorities.get(path.resolve(dataDir));
  if (known !== undefined) return known;
  const seeds = Object.fromEntries(
    AUTHORITY_ROLES.map((r) => [r, ed25519.utils.randomSecretKey()]),
  ) as Record<AuthorityRole, Uint8Array>;
  const publicKeys = {
    admin: toBase64(ed25519.getPublicKey(seeds.admin)),
    exchange: toBase64(ed25519.getPublicKey(seeds.exchange)),
  };
  const signerFor = (roles: readonly AuthorityRole[], now?: () => Date): AuthoritySigner => ({
    userId: '0190a0b0-0000-7000-8000-000000000001',
    username: 'admin',
    now: now ?? (clock ? () => clock.now() : () => new Date()),
    sign: async (role, message) => (roles.includes(role) ? ed25519.sign(message, seeds[role]) : null),
  });
  const signer = signerFor(AUTHORITY_ROLES);
  const authority: TestAuthority = {
    seeds,
    publicKeys,
    signer,
    signerFor,
    source: { signer: () => signer, publicKeys: () => publicKeys },
  };
  authorities.set(path.resolve(dataDir), authority);
  return authority;
}

export interface TestHost {
  /** As the renderer's: trust changes carry an administrator's proof, keys.create/unlock the public keys. */
  api: HostApi;
  /** The same host with nothing added: what a caller with only the token can send. */
  bare: HostApi;
  authority: TestAuthority;
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
  const bare = bindHostApi(hostContract, async (channel, input) => {
    const result = await dispatch(
      channel,
      input === undefined ? undefined : JSON.parse(JSON.stringify(input)),
    );
    const json = JSON.stringify(result);
    outputs.push(json);
    return JSON.parse(json);
  });
  const dataKey = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const authority = testAuthorityFor(dataDir, options.clock);
  const api = withAuthority(bare, authority.source);
  return {
    api,
    bare,
    authority,
    dataDir,
    fs,
    real,
    outputs,
    wrappingKey: await deriveHostWrappingKey(dataKey),
    drives,
  };
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
