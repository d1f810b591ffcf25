import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FileSystem } from '../fs/file-system';
import { MANIFEST_NAME } from './verify-release';

/**
 * A `generic` update feed on 127.0.0.1 for one download of a staged (verified) release, so that
 * electron-updater's own download, sha512 check and install run unchanged. It answers exactly what
 * the generic provider asks — `latest.yml` (with its `?noCache=` query), the installer (whole or by
 * `Range`, single or multiple), the installer's `.blockmap` — under a random path, checks the Host
 * header (no DNS rebinding), and nothing else: every other request is 404. `stop()` ends it.
 */
export interface LoopbackFeed {
  /** The feed's base URL, for electron-updater's `setFeedURL({ provider: 'generic', url })`. */
  url: string;
  /** What was asked, in order (for the log and the tests). */
  readonly served: readonly ServedRequest[];
  stop(): Promise<void>;
}

export interface ServedRequest {
  method: string;
  path: string;
  range: string | null;
  status: number;
}

const CHUNK = 1024 * 1024;

type Range = { start: number; end: number };

/** `bytes=a-b, c-, -n` → ranges within `size`; null when unsatisfiable or malformed. */
export function parseRange(header: string, size: number): Range[] | null {
  const m = /^bytes=(.+)$/.exec(header.trim());
  if (m === null || m[1] === undefined) return null;
  const ranges: Range[] = [];
  for (const part of m[1].split(',')) {
    const r = /^\s*(\d*)-(\d*)\s*$/.exec(part);
    if (r === null) return null;
    const [, a = '', b = ''] = r;
    if (a === '' && b === '') return null;
    let start: number;
    let end: number;
    if (a === '') {
      start = Math.max(0, size - Number(b));
      end = size - 1;
    } else {
      start = Number(a);
      end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
    }
    if (start > end || start >= size) return null;
    ranges.push({ start, end });
  }
  return ranges.length === 0 || ranges.length > 2000 ? null : ranges;
}

export async function startLoopbackFeed(
  fs: FileSystem,
  folder: string,
  installer: string,
): Promise<LoopbackFeed> {
  const prefix = `/u-${randomBytes(12).toString('hex')}`;
  const files = new Map<string, string>([
    [`${prefix}/${MANIFEST_NAME}`, 'text/yaml'],
    [`${prefix}/${encodeURIComponent(installer)}`, 'application/octet-stream'],
    [`${prefix}/${encodeURIComponent(`${installer}.blockmap`)}`, 'application/octet-stream'],
  ]);
  const served: ServedRequest[] = [];
  let port = 0;

  const send = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const type = files.get(url.pathname);
    const hostOk = req.headers.host === `127.0.0.1:${port}`;
    if (!hostOk || type === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return 404;
    }
    const file = path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length + 1)));
    let size: number;
    try {
      size = (await fs.stat(file)).size;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return 404;
    }
    const headers = { 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
    const rangeHeader = req.headers.range;
    const ranges = rangeHeader === undefined ? null : parseRange(rangeHeader, size);
    if (rangeHeader !== undefined && ranges === null) {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
      return 416;
    }
    const head = req.method === 'HEAD';
    if (ranges === null) {
      res.writeHead(200, { ...headers, 'content-type': type, 'content-length': size });
      if (!head) await pipeRange(fs, file, { start: 0, end: size - 1 }, res);
      res.end();
      return 200;
    }
    const [only] = ranges;
    if (ranges.length === 1 && only !== undefined) {
      res.writeHead(206, {
        ...headers,
        'content-type': type,
        'content-range': `bytes ${only.start}-${only.end}/${size}`,
        'content-length': only.end - only.start + 1,
      });
      if (!head) await pipeRange(fs, file, only, res);
      res.end();
      return 206;
    }
    const boundary = randomBytes(12).toString('hex');
    const partHead = (r: Range) =>
      `\r\n--${boundary}\r\ncontent-type: ${type}\r\ncontent-range: bytes ${r.start}-${r.end}/${size}\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const length =
      ranges.reduce((n, r) => n + Buffer.byteLength(partHead(r)) + r.end - r.start + 1, 0) +
      Buffer.byteLength(tail);
    res.writeHead(206, {
      ...headers,
      'content-type': `multipart/byteranges; boundary=${boundary}`,
      'content-length': length,
    });
    if (!head) {
      for (const r of ranges) {
        await write(res, Buffer.from(partHead(r)));
        await pipeRange(fs, file, r, res);
      }
      await write(res, Buffer.from(tail));
    }
    res.end();
    return 206;
  };

  const server = createServer((req, res) => {
    send(req, res).then(
      (status) =>
        served.push({
          method: req.method ?? '',
          path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(prefix, ''),
          range: req.headers.range ?? null,
          status,
        }),
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${prefix}/`,
    served,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function write(res: ServerResponse, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.destroyed) reject(new Error('closed'));
    else if (res.write(bytes)) resolve();
    else {
      res.once('drain', resolve);
      res.once('close', () => reject(new Error('closed')));
    }
  });
}

async function pipeRange(fs: FileSystem, file: string, r: Range, res: ServerResponse): Promise<void> {
  for (let at = r.start; at <= r.end; ) {
    const part = await fs.readAt(file, at, Math.min(CHUNK, r.end - at + 1));
    if (part.length === 0) throw new Error(`${file} ended early`);
    await write(res, part);
    at += part.length;
  }
}
