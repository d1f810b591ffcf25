import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, HOTLINE_URL } from '../../../../main/electron/menu';
import { isAllowedExternalUrl } from '../../../../shared/app/external-links';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const ENGLISH =
  /\b(file|edit|view|window|help|undo|redo|cut|copy|paste|select|quit|exit|reload|zoom|close|minimi[sz]e|about|developer|tools|full ?screen)\b/i;

describe('application menu', () => {
  const template = buildMenuTemplate({ platform: 'linux', devTools: false, openExternal: () => {} });

  it('has the Vietnamese top-level menus in order', () => {
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
  });

  it('labels every item in Vietnamese, roles included (Electron would label roles in English)', () => {
    for (const item of items(template)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toMatch(/\S/);
      expect(item.label).not.toMatch(ENGLISH);
    }
    expect(items(template).some((item) => item.role === 'copy' && item.label === 'Sao chép')).toBe(true);
    expect(items(template).some((item) => item.role === 'quit' && item.label === 'Thoát')).toBe(true);
  });

  it('offers developer tools only when asked (unpackaged builds)', () => {
    const roles = (devTools: boolean) =>
      items(buildMenuTemplate({ platform: 'win32', devTools, openExternal: () => {} })).map(
        (item) => item.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('opens the hotline through the external opener, and only an allow-listed address', () => {
    const openExternal = vi.fn();
    const hotline = items(buildMenuTemplate({ platform: 'linux', devTools: false, openExternal })).find(
      (item) => item.label?.includes('111'),
    );
    const click = hotline?.click;
    expect(click).toBeTypeOf('function');
    if (click) Reflect.apply(click, undefined, []);
    expect(openExternal).toHaveBeenCalledWith(HOTLINE_URL);
    expect(isAllowedExternalUrl(HOTLINE_URL)).toBe(true);
  });

  it('adds the app menu on macOS and keeps the Vietnamese menus after it', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', devTools: false, openExternal: () => {} });
    expect(mac[0]?.role).toBe('appMenu');
    expect(mac.slice(1).map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
  });
});
