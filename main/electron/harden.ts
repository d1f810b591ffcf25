import type { Session } from 'electron';
import { decideWindowOpen, isNavigationAllowed, isPermissionGranted } from '../security';

/** Opens an already allow-listed address in the user's browser; errors are the caller's to log. */
export type OpenExternally = (url: string) => void;

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards use; WebContents fits it, and so does a test double. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/**
 * Guards every webContents the app ever creates (windows, devtools, anything): no navigation or
 * redirect off the app's origin, no webviews, no new windows — an allow-listed https link goes to the
 * user's browser instead.
 */
export function hardenWebContents(contents: GuardedContents, openExternally: OpenExternally): void {
  const refuseForeign = (event: NavigationEvent) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally !== null) openExternally(decision.openExternally);
    return { action: decision.action };
  });
}

/** The app's session asks for nothing and calls out to nothing. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
  // Belt and braces behind the CSP: the app is served from app:// only, so no request of this session
  // may reach a network, whatever a page or a dependency tries.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}
