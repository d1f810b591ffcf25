import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { autoUpdater, type ProgressInfo } from 'electron-updater';
import type { UpdaterBridge } from '../services/updates/update-service';

/**
 * electron-updater behind the update service's bridge (main/services/updates/update-service.ts holds
 * every decision). It only ever downloads from the feed the service hands it — the loopback feed of a
 * release main has verified and staged — and installs when the officer says: never by itself, never
 * at start. Differential downloads are off: the installer is already on this computer (README).
 */
export function electronUpdaterBridge(options: { forceDev: boolean; dataDir: string }): UpdaterBridge | null {
  if (!app.isPackaged && !options.forceDev) return null; // a development build has nothing to replace
  if (!app.isPackaged) {
    // The end-to-end test's unpackaged app has no app-update.yml; electron-updater still reads one
    // (its cache folder's name), so it gets one in the data folder.
    const file = path.join(options.dataDir, 'updates', 'dev-app-update.yml');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      'provider: generic\nurl: https://updates.invalid/binhan/\nupdaterCacheDirName: binhan-updater-dev\n',
    );
    autoUpdater.updateConfigPath = file;
  }
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.disableDifferentialDownload = true;
  autoUpdater.forceDevUpdateConfig = !app.isPackaged && options.forceDev;
  autoUpdater.on('error', (error) => console.error('update', error.message));
  return {
    download: async (url, onPercent) => {
      autoUpdater.setFeedURL({ provider: 'generic', url });
      const progress = (p: ProgressInfo) => onPercent(p.percent);
      autoUpdater.on('download-progress', progress);
      try {
        const check = await autoUpdater.checkForUpdates();
        if (check === null || !check.isUpdateAvailable)
          throw new Error('electron-updater: no newer version at the feed');
        await autoUpdater.downloadUpdate();
      } finally {
        autoUpdater.off('download-progress', progress);
      }
    },
    installOnQuit: (on) => {
      autoUpdater.autoInstallOnAppQuit = on;
    },
    // Per-user NSIS (electron-builder.yml): no elevation prompt; the app starts again afterwards.
    installNow: () => autoUpdater.quitAndInstall(false, true),
  };
}

/** The https feed written into app-update.yml at build time (BINHAN_UPDATE_URL), if any. */
export function networkFeedOf(resourcesPath: string): string | null {
  try {
    const text = readFileSync(path.join(resourcesPath, 'app-update.yml'), 'utf8');
    const url = /^url:\s*['"]?(https:\/\/[^'"\s]+)['"]?\s*$/m.exec(text)?.[1];
    return url === undefined || new URL(url).hostname.endsWith('.invalid') ? null : url;
  } catch {
    return null;
  }
}
