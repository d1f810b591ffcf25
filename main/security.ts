/**
 * The Electron window's security settings and the guards that decide navigation, new windows,
 * permissions and IPC. Pure functions with type-only imports from electron, so they are unit-tested
 * exactly as they run: there are no test-only relaxations anywhere.
 */
import type { WebPreferences } from 'electron';
import { isAllowedExternalUrl } from '../shared/app/external-links';

export const APP_SCHEME = 'app';
export const APP_HOST = 'binhan';
/** The renderer's one origin; everything else is foreign. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
/** A persistent session of our own, so no default-session setting or extension can reach the app. */
export const APP_PARTITION = 'persist:binhan';

export function windowWebPreferences(preloadPath: string, options: { packaged: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    // An installed build ships no DevTools: a colleague at the PC cannot open a console in the app.
    devTools: !options.packaged,
    partition: APP_PARTITION,
    // The renderer holds survivors' records: it gets no Node, no shared world with the preload, and
    // Chromium's OS sandbox, in every environment.
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's spellchecker downloads dictionaries from Google's servers: nothing may call out.
    spellcheck: false,
  };
}

/** True only for `app://binhan/...`, parsed with `new URL` (never by substring or prefix). */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

/** will-navigate / will-redirect / will-frame-navigate: the app never leaves its own origin. */
export const isNavigationAllowed = (url: string): boolean => isAppUrl(url);

export interface WindowOpenDecision {
  action: 'deny';
  /** An allow-listed https address to hand to the user's browser instead, or null. */
  openExternally: string | null;
}

/** window.open and target=_blank: never a new Electron window; an allow-listed link goes to the browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) ? new URL(url).href : null };
}

/** Camera, microphone, location, notifications, clipboard reads, devices: the app needs none of them. */
export const isPermissionGranted = (_permission: string): boolean => false;

/** An IPC call counts only when it comes from the app's own page in the window's main frame. */
export function isTrustedIpcSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}
