/**
 * The Electron entry: wiring only. Security decisions live in security.ts (pure and unit-tested), the
 * guards in electron/harden.ts, the app:// files in electron/app-protocol.ts, the menu in
 * electron/menu.ts, the IPC door in ipc.ts; the services are the same as the web host's.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { createDispatcher } from '../shared/host/dispatch';
import { hostContract } from '../shared/host-api';
import { serveAppRequest } from './electron/app-protocol';
import { hardenSession, hardenWebContents } from './electron/harden';
import { buildMenuTemplate } from './electron/menu';
import { electronUpdaterBridge, networkFeedOf } from './electron/updates';
import { createHostHandlers } from './handlers';
import { registerHostIpc } from './ipc';
import { APP_PARTITION, APP_SCHEME, APP_START_URL, windowWebPreferences } from './security';
import { resolveDataDir } from './services/data-dir';
import { exchangeDirs } from './services/exchange/exchange-deps';
import { safeStorageSecretStores } from './services/exchange/secret-stores';
import { createNodeFileSystem } from './services/fs/node-file-system';
import { publisherKeysFor } from './services/updates/publisher-keys';
import { readPackageInfo } from './version';

const here = __dirname; // dist/main (CommonJS bundle)
const rendererRoot = path.resolve(here, '..', 'renderer');

// The same data folder as the web host (BINHAN_DATA_DIR or the OS's per-user folder), set before
// anything reads userData: Chromium's profile, IndexedDB and the single-instance lock all live there.
const dataDir = resolveDataDir(process.env, process.platform, app.getPath('home'));
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
app.setPath('userData', dataDir);

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
const testUpdateKey = !app.isPackaged && (process.env.BINHAN_UPDATE_TEST_KEY ?? '') !== '';

function openExternally(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('openExternal', error));
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    title: 'Bình An',
    show: false,
    webPreferences: windowWebPreferences(path.join(here, 'preload.cjs'), { packaged: app.isPackaged }),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  window.loadURL(APP_START_URL).catch((error: unknown) => console.error('loadURL', error));
  return window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function pickFolder(purpose: 'save' | 'open'): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: purpose === 'save' ? 'Chọn thư mục để lưu gói dữ liệu' : 'Chọn thư mục chứa gói dữ liệu',
    properties: purpose === 'save' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
  };
  const picked = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  await app.whenReady();
  const appSession = session.fromPartition(APP_PARTITION);
  hardenSession(appSession);
  appSession.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));

  const pkg = readPackageInfo(here);
  const fs = createNodeFileSystem();
  const handlers = createHostHandlers({
    info: {
      name: pkg.name,
      version: pkg.version,
      transport: 'electron',
      dataDir,
      platform: process.platform,
      electronBinaryPresent: true,
    },
    openExternal: (url) => shell.openExternal(url),
    exchange: {
      fs,
      // safeStorage is asked only now, after ready: before it Linux reports 'unknown' (refused, as is basic_text).
      secretStores: safeStorageSecretStores(fs, exchangeDirs(dataDir).keys, safeStorage, process.platform),
      folderPicker: { pick: pickFolder },
    },
    mail: { onError: (error) => console.error('mail', error) },
    // Updates only when the officer asks (Quản trị → Giới thiệu); a test key only in unpackaged builds.
    updates: {
      bridge: electronUpdaterBridge({ forceDev: testUpdateKey, dataDir }),
      keys: publisherKeysFor(process.env, !app.isPackaged),
      networkFeed: networkFeedOf(process.resourcesPath),
      fetch: (url, init) => net.fetch(url, init),
      log: (message) => console.log(message),
    },
  });
  registerHostIpc(
    ipcMain,
    hostContract,
    createDispatcher(hostContract, handlers, (channel, error) => console.error(channel, error)),
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        devTools: !app.isPackaged,
        openExternal: openExternally,
      }),
    ),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    if (mainWindow === null) mainWindow = createWindow();
  });
}

// One running copy per data folder: two would write the same IndexedDB and files at once.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternally));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}
