import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_PARTITION,
  APP_START_URL,
  decideWindowOpen,
  isAppUrl,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedIpcSender,
  windowWebPreferences,
} from '../../../main/security';

describe('window options', () => {
  it('are exactly the secure set, with the preload and our own persistent session', () => {
    expect(windowWebPreferences('/app/dist/main/preload.cjs', { packaged: true })).toStrictEqual({
      preload: '/app/dist/main/preload.cjs',
      devTools: false,
      partition: 'persist:binhan',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('give DevTools to development runs only, never to an installed build', () => {
    expect(windowWebPreferences('p', { packaged: true }).devTools).toBe(false);
    expect(windowWebPreferences('p', { packaged: false }).devTools).toBe(true);
  });

  it('do not depend on the environment (no test-only relaxations)', () => {
    const before = windowWebPreferences('p', { packaged: true });
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(windowWebPreferences('p', { packaged: true })).toStrictEqual(before);
    } finally {
      process.env.NODE_ENV = saved;
    }
  });

  it('name the app origin and a persistent partition', () => {
    expect(APP_ORIGIN).toBe('app://binhan');
    expect(APP_START_URL).toBe('app://binhan/index.html');
    expect(APP_PARTITION.startsWith('persist:')).toBe(true);
  });
});

describe('isAppUrl and navigation', () => {
  it.each([
    'app://binhan/index.html',
    'app://binhan/',
    'app://binhan/assets/index-abc.js?x=1',
    'app://binhan/index.html#/vu-viec',
  ])('allows the app itself: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(isNavigationAllowed(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://binhan/index.html',
    'app://binhan.evil/index.html',
    'app://binhan.evil.example/',
    'app://evil/index.html',
    'app://evil/app://binhan/index.html',
    'app://binhan@evil/index.html',
    'app://user:pw@binhan/index.html',
    'app://binhan:8080/index.html',
    'app:binhan/index.html',
    'file:///etc/passwd',
    'https://evil.example/?app://binhan',
    'javascript:alert(1)',
    'data:text/html,<h1>app://binhan</h1>',
    'about:blank',
    'binhan',
    '',
  ])('refuses everything else: %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isNavigationAllowed(url)).toBe(false);
  });
});

describe('window.open', () => {
  it('is denied and nothing is opened for a foreign address', () => {
    expect(decideWindowOpen('https://evil.example/')).toStrictEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('http://tongdai111.vn/')).toStrictEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('https://tongdai111.vn.evil.example/')).toStrictEqual({
      action: 'deny',
      openExternally: null,
    });
  });

  it('is denied for the app itself too: the app has one window', () => {
    expect(decideWindowOpen('app://binhan/index.html')).toStrictEqual({
      action: 'deny',
      openExternally: null,
    });
  });

  it('hands an allow-listed https address to the browser, still without a new window', () => {
    expect(decideWindowOpen('https://tongdai111.vn/gioi-thieu')).toStrictEqual({
      action: 'deny',
      openExternally: 'https://tongdai111.vn/gioi-thieu',
    });
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('denies %s', (permission) => {
    expect(isPermissionGranted(permission)).toBe(false);
  });
});

describe('IPC sender', () => {
  it('trusts the app page in the main frame only', () => {
    expect(isTrustedIpcSender('app://binhan/index.html', true)).toBe(true);
    expect(isTrustedIpcSender('app://binhan/index.html', false)).toBe(false);
    expect(isTrustedIpcSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedIpcSender('app://binhan.evil/index.html', true)).toBe(false);
    expect(isTrustedIpcSender(undefined, true)).toBe(false);
    expect(isTrustedIpcSender('', true)).toBe(false);
  });
});
