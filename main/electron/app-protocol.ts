import { readFile, stat } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from '../security';
import { SECURITY_HEADERS } from '../services/csp';
import { mimeTypeOf, resolveStaticPath } from '../services/static-files';

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Answers one `app://` request from the built renderer in `root`: only our host, only GET/HEAD, only
 * files that stay inside root (resolveStaticPath), and the strict CSP and security headers on every
 * response, errors included. Plain fetch Request/Response, so it is tested without Electron.
 */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textResponse(400, 'Bad Request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not Found');
  const file = resolveStaticPath(root, url.pathname);
  if (file === null) return textResponse(404, 'Not Found');
  try {
    if (!(await stat(file)).isFile()) return textResponse(404, 'Not Found');
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) },
    });
  } catch {
    return textResponse(404, 'Not Found');
  }
}
