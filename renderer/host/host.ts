import { withAuthority } from '../../shared/exchange/authority-client';
import { bindHostApi } from '../../shared/host/bind';
import { type HostApi, hostContract } from '../../shared/host-api';
import { hostAuthority } from './authority';
import { announcingWrites } from './host-writes';

declare global {
  interface Window {
    /** Set by Electron's preload; absent when the app is served by the web host. */
    readonly host?: HostApi;
  }
}

/** The web transport: POST /api/area/verb on our own origin; the HttpOnly cookie carries the token. */
function webHost(): HostApi {
  return bindHostApi(hostContract, async (channel, input) => {
    const [area, verb] = channel.split(':');
    const response = await fetch(`/api/${area}/${verb}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return response.json();
  });
}

/**
 * The renderer's one way to main. It does not know or care which transport answers: Electron's
 * preload puts `window.host` in place; otherwise the web host's HTTP API is used. Trust changes carry
 * a proof signed by the session's authority keys (shared/exchange/authority.ts); successful writes are
 * announced so open reads (useHostQuery) follow them.
 */
export const host: HostApi = announcingWrites(withAuthority(window.host ?? webHost(), hostAuthority));
