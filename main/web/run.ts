import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { maxInputBytesOf } from '../../shared/host/contract';
import { createDispatcher } from '../../shared/host/dispatch';
import { hostContract } from '../../shared/host-api';
import { createHostHandlers } from '../handlers';
import { resolveDataDir } from '../services/data-dir';
import { findElectronBinary } from '../services/electron-binary';
import { osOpener } from '../services/os-opener';
import { readPackageInfo } from '../version';
import { startWebHost, type WebHost } from './server';

const portSchema = z.coerce.number().int().min(0).max(65535);

/** Starts the web host from the environment (BINHAN_PORT, BINHAN_DATA_DIR) and prints the one URL to open. */
export async function runWebHost(env: NodeJS.ProcessEnv = process.env): Promise<WebHost> {
  const here = path.dirname(fileURLToPath(import.meta.url)); // dist/main when bundled
  const port = portSchema.safeParse(env.BINHAN_PORT ?? '0');
  if (!port.success) throw new Error(`BINHAN_PORT phải là số cổng 0–65535, không phải "${env.BINHAN_PORT}".`);
  const dataDir = resolveDataDir(env, process.platform, homedir());
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pkg = readPackageInfo(here);
  const handlers = createHostHandlers({
    info: {
      name: pkg.name,
      version: pkg.version,
      transport: 'web',
      dataDir,
      platform: process.platform,
      electronBinaryPresent: findElectronBinary(here) !== null,
    },
    openExternal: osOpener,
    // Exchange takes the plain-Node defaults over dataDir: a file SecretStore, no folder dialog.
    mail: { onError: (error) => console.error('mail', error) },
  });
  const host = await startWebHost({
    staticDir: path.resolve(here, '..', 'renderer'),
    dispatch: createDispatcher(hostContract, handlers, (channel, error) => console.error(channel, error)),
    port: port.data,
    maxBodyBytesOf: (channel) => maxInputBytesOf(hostContract, channel),
  });
  console.log(`Bình An đang chạy tại / is running at: ${host.url}`);
  return host;
}
