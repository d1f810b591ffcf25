import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { maxInputBytesOf } from '../../shared/host/contract';
import { createDispatcher } from '../../shared/host/dispatch';
import { hostContract } from '../../shared/host-api';
import { createHostHandlers } from '../handlers';
import { resolveDataDir } from '../services/data-dir';
import { findElectronBinary } from '../services/electron-binary';
import { errnoCode } from '../services/fs/file-system';
import { createNodeFileSystem } from '../services/fs/node-file-system';
import { osOpener } from '../services/os-opener';
import { publisherKeysFor } from '../services/updates/publisher-keys';
import { readPackageInfo } from '../version';
import { loadWebOrigin, portToListen, saveWebOrigin, WEB_HOST_FILE } from './origin';
import { startWebHost, type WebHost } from './server';

const portSchema = z.coerce.number().int().min(0).max(65535);

/**
 * Starts the web host from the environment (BINHAN_PORT, BINHAN_DATA_DIR) on the data folder's own
 * origin (host name and port kept in web-host.json), prints the link to open, and prints a new link
 * whenever a line (Enter) arrives on `input`.
 */
export async function runWebHost(
  env: NodeJS.ProcessEnv = process.env,
  input: Readable | null = process.stdin,
): Promise<WebHost> {
  const here = path.dirname(fileURLToPath(import.meta.url)); // dist/main when bundled
  const port = portSchema.safeParse(env.BINHAN_PORT ?? '0');
  if (!port.success) throw new Error(`BINHAN_PORT phải là số cổng 0–65535, không phải "${env.BINHAN_PORT}".`);
  const dataDir = resolveDataDir(env, process.platform, homedir());
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const fs = createNodeFileSystem();
  const webOrigin = await loadWebOrigin(fs, dataDir);
  const listenPort = portToListen(port.data, webOrigin);
  if (webOrigin.port !== null && listenPort !== webOrigin.port) {
    console.warn(
      `BINHAN_PORT=${listenPort} khác cổng ${webOrigin.port} của thư mục dữ liệu: trình duyệt sẽ coi đây là một địa chỉ khác, không có dữ liệu cũ. / BINHAN_PORT differs from the data folder's port ${webOrigin.port}: the browser treats it as another origin, without the earlier data.`,
    );
  }
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
    // The web host verifies and passes releases on; it cannot install (no electron-updater).
    updates: { keys: publisherKeysFor(env, true) },
  });
  let host: WebHost;
  try {
    host = await startWebHost({
      staticDir: path.resolve(here, '..', 'renderer'),
      dispatch: createDispatcher(hostContract, handlers, (channel, error) => console.error(channel, error)),
      port: listenPort,
      hostName: webOrigin.hostName,
      maxBodyBytesOf: (channel) => maxInputBytesOf(hostContract, channel),
    });
  } catch (error) {
    if (errnoCode(error) === 'EADDRINUSE' && listenPort === webOrigin.port) {
      throw new Error(
        `Cổng ${listenPort} của thư mục dữ liệu này đang bị một chương trình khác dùng (có thể Bình An đang chạy rồi). Hãy đóng chương trình đó rồi mở lại; đừng đổi cổng, vì dữ liệu trong trình duyệt gắn với địa chỉ này (${WEB_HOST_FILE}). / Port ${listenPort} of this data folder is in use (is Bình An already running?). Close that program and start again; do not change the port, the browser keeps the data under this address.`,
      );
    }
    throw error;
  }
  if (webOrigin.port !== host.port) await saveWebOrigin(fs, dataDir, { ...webOrigin, port: host.port });
  console.log(`Bình An đang chạy tại / is running at: ${host.url}`);
  console.log(
    'Đường dẫn mở được một lần, trong một phút; nhấn Enter để in đường dẫn mới. / The link opens the app once, within a minute; press Enter for a new one.',
  );
  if (input !== null) {
    const lines = createInterface({ input, terminal: false });
    lines.on('line', () => console.log(`Đường dẫn mới / New link: ${host.newLaunchUrl()}`));
    const close = host.close;
    host = {
      ...host,
      close: () => {
        lines.close();
        return close();
      },
    };
  }
  return host;
}
