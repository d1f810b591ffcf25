import { randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_COOKIE = 'binhan_token';
export const TOKEN_HEADER = 'x-binhan-token';

export const newToken = (): string => randomBytes(32).toString('base64url');

export function tokensEqual(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * DNS rebinding guard: a page on evil.example that rebinds its name to 127.0.0.1 still sends
 * `Host: evil.example`. Only our own loopback authority is accepted, in Host and (when sent) in Origin.
 */
export function isOwnAuthority(
  host: string | undefined,
  origin: string | undefined,
  authority: string,
): boolean {
  if (host !== authority) return false;
  return origin === undefined || origin === `http://${authority}`;
}
