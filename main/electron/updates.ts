import { type BrowserWindow, dialog } from 'electron';
import { autoUpdater } from 'electron-updater';

/**
 * Updates from the `generic` server named at build time (BINHAN_UPDATE_URL → app-update.yml). Offices
 * are usually offline, so this runs in the background after the window is up, never delays anything,
 * and a failed check is only logged. electron-updater checks each download's SHA-512 from latest.yml.
 */
export function checkForUpdatesInBackground(window: () => BrowserWindow | null, isPackaged: boolean): void {
  if (!isPackaged) return; // development builds have no app-update.yml
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', (error) => console.error('update', error.message));
  autoUpdater.on('update-downloaded', (info) => {
    const options = {
      type: 'info' as const,
      title: 'Bình An',
      message: `Đã tải bản cập nhật ${info.version}.`,
      detail: 'Bản cập nhật sẽ được cài khi bạn đóng ứng dụng; dữ liệu không bị ảnh hưởng.',
    };
    const parent = window();
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  });
  autoUpdater.checkForUpdates().catch((error: unknown) => {
    console.error('update', error instanceof Error ? error.message : error);
  });
}
