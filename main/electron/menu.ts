import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only in an unpackaged build: an office PC gets no console into the live records. */
  devTools: boolean;
  /** Opens an allow-listed address in the user's browser. */
  openExternal: (url: string) => void;
}

/** The national child-protection hotline 111, the one outside address the menu offers. */
export const HOTLINE_URL = 'https://tongdai111.vn/';

/**
 * The application menu in Vietnamese. Items use Electron roles, so copy/paste, zoom and window
 * handling behave natively; each role gets a Vietnamese label because Electron's defaults are English.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Tải lại' },
    separator,
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    separator,
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (options.devTools) view.push(separator, { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' });

  return [
    ...(mac ? [{ role: 'appMenu', label: 'Bình An' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'Tệp',
      submenu: [mac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' }],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        separator,
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Cửa sổ',
      submenu: [
        { role: 'minimize', label: 'Thu nhỏ cửa sổ' },
        { role: 'close', label: 'Đóng cửa sổ' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        { label: 'Tổng đài 111 — bảo vệ trẻ em', click: () => options.openExternal(HOTLINE_URL) },
        separator,
        { role: 'about', label: 'Giới thiệu Bình An' },
      ],
    },
  ];
}
