import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/host/dispatch';
import { fail, type Result } from '../../shared/host/result';
import { SECURITY_HEADERS } from '../services/csp';
import { mimeTypeOf, resolveStaticPath } from '../services/static-files';
import {
  cookieValue,
  isOwnAuthority,
  type LaunchCheck,
  LaunchTokens,
  newToken,
  SESSION_COOKIE,
  SESSION_HEADER,
  tokensEqual,
} from './auth';
import { newHostName } from './origin';

export interface WebHostOptions {
  /** Folder of the built renderer. */
  staticDir: string;
  dispatch: Dispatch;
  /** 0 picks any free port. */
  port: number;
  /**
   * The one host name the host answers to (a random `….localhost` kept in the data folder); the
   * session cookie is bound to it. A fresh random name when not given.
   */
  hostName?: string;
  /** Largest accepted API body, in bytes, unless `maxBodyBytesOf` names another for a call. */
  maxBodyBytes?: number;
  maxBodyBytesOf?: (channel: string) => number | undefined;
  /** How long a launch link works; one minute unless a test says otherwise. */
  launchTtlMs?: number;
  /** The clock launch links expire by (tests). */
  now?: () => number;
}

export interface WebHost {
  /** The first launch link: opens the app once, within a minute; the host trades it for a cookie. */
  url: string;
  origin: string;
  hostName: string;
  port: number;
  /** This launch's session secret (the cookie's value), for clients that send it as a header. */
  session: string;
  /** A new launch link, single-use and valid for a minute, e.g. when the browser was closed. */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY = 1024 * 1024;
const API_PREFIX = '/api/';
const CALL_PATH = /^\/api\/([a-zA-Z][a-zA-Z0-9]{0,31})\/([a-zA-Z][a-zA-Z0-9]{0,63})$/;

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>) {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

/** Protocol-level failures get their HTTP status; a refusal by a service is an answer, so 200. */
function statusOf(result: Result<unknown>): number {
  if (result.ok) return 200;
  if (result.error.code === 'invalidInput') return 400;
  if (result.error.code === 'notFound') return 404;
  return 200;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve('too_large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve('too_large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const REFUSED_LINK: Record<Exclude<LaunchCheck, 'ok'>, [string, string]> = {
  used: ['Đường dẫn này đã được dùng một lần rồi.', 'This link has already been used.'],
  expired: [
    'Đường dẫn này đã hết hạn: nó chỉ dùng được trong một phút sau khi được in ra.',
    'This link has expired: it works for one minute after it is printed.',
  ],
  unknown: ['Đường dẫn này không đúng.', 'This link is not valid.'],
};

function loginPage(refused?: Exclude<LaunchCheck, 'ok'>): string {
  const [vi, en] = refused === undefined ? ['', ''] : REFUSED_LINK[refused];
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Bình An</title>
<body style="font-family:sans-serif;padding:2rem"><h1>Bình An</h1>
${refused === undefined ? '' : `<p><strong>${vi}</strong></p>\n<p lang="en"><strong>${en}</strong></p>\n`}<p>Hãy mở ứng dụng bằng đường dẫn được in ra khi khởi động máy chủ (npm start). Mỗi đường dẫn chỉ mở được một lần, trong vòng một phút; nhấn Enter trong cửa sổ đang chạy Bình An để in đường dẫn mới.</p>
<p lang="en">Open the app with the link printed when the host started. Each link opens it once, within a minute; press Enter in the window where Bình An runs to print a new one.</p></body></html>`;
}

/**
 * The web host: the same app and the same HostApi as Electron, for any Chromium on this machine.
 * Listens on 127.0.0.1 only; every request must name our own host name and port; every API call and
 * page needs this launch's session secret, which only a launch link gives (single-use, for a minute)
 * and which then lives in an HttpOnly SameSite=Strict cookie bound to our own host name — so a server
 * on another local port or name never receives it.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const session = newToken();
  const launch = new LaunchTokens(options.launchTtlMs, options.now);
  const hostName = (options.hostName ?? newHostName()).toLowerCase();
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let authority = '';

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendResult(res, 500, fail('internal', 'internalError'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isOwnAuthority(req.headers.host, req.headers.origin, authority)) {
      sendResult(res, 403, fail('forbidden', 'foreignOrigin'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${authority}`);
    const given =
      (req.headers[SESSION_HEADER] as string | undefined) ?? cookieValue(req.headers.cookie, SESSION_COOKIE);

    if (url.pathname.startsWith(API_PREFIX)) {
      await handleApi(req, res, url, given);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
      return;
    }
    const fromUrl = url.searchParams.get('token');
    if (fromUrl !== null) {
      const check = launch.consume(fromUrl);
      if (check === 'ok') {
        // Trade the link for a cookie scripts cannot read, and take it off the address bar and history.
        send(res, 303, '', 'text/plain; charset=utf-8', {
          Location: '/',
          'Set-Cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
        });
      } else if (tokensEqual(session, given)) {
        // Already signed in to this launch (an old link clicked again): the link itself gives nothing.
        send(res, 303, '', 'text/plain; charset=utf-8', { Location: '/' });
      } else {
        send(res, 401, loginPage(check), 'text/html; charset=utf-8');
      }
      return;
    }
    if (!tokensEqual(session, given)) {
      send(res, 401, loginPage(), 'text/html; charset=utf-8');
      return;
    }
    await serveStatic(req, res, url.pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, given: string | undefined) {
    if (!tokensEqual(session, given)) {
      sendResult(res, 401, fail('unauthorized', 'sessionMissing'));
      return;
    }
    if (req.method !== 'POST') {
      sendResult(res, 405, fail('invalidInput', 'badRequest', { expected: 'POST' }));
      return;
    }
    const match = CALL_PATH.exec(url.pathname);
    if (!match) {
      sendResult(res, 404, fail('notFound', 'unknownCall'));
      return;
    }
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      sendResult(res, 415, fail('invalidInput', 'badRequest', { expected: 'application/json' }));
      return;
    }
    const channel = `${match[1]}:${match[2]}`;
    const callLimit = options.maxBodyBytesOf?.(channel) ?? limit;
    const body = await readBody(req, callLimit);
    if (body === 'too_large') {
      sendResult(res, 413, fail('invalidInput', 'tooLarge', { limit: callLimit }));
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      sendResult(res, 400, fail('invalidInput', 'badRequest', { expected: 'JSON' }));
      return;
    }
    const result = await options.dispatch(channel, input);
    sendResult(res, statusOf(result), result);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    const file = resolveStaticPath(options.staticDir, pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      send(res, 404, 'Không tìm thấy', 'text/plain; charset=utf-8');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeOf(file),
      'Content-Length': String(info.size),
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  authority = `${hostName}:${port}`;
  const origin = `http://${authority}`;
  const newLaunchUrl = () => `${origin}/?token=${launch.issue()}`;
  return {
    url: newLaunchUrl(),
    origin,
    hostName,
    port,
    session,
    newLaunchUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
