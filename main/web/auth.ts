import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The per-launch session secret, after the launch link has been used once. */
export const SESSION_COOKIE = 'binhan_session';
/** The same secret in a header, for clients that are not a browser (tests, tools). */
export const SESSION_HEADER = 'x-binhan-token';
/** A launch link opens the app once, within this long of being printed. */
export const LAUNCH_TOKEN_TTL_MS = 60_000;

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

export type LaunchCheck = 'ok' | 'used' | 'expired' | 'unknown';

/**
 * The tokens of the printed launch links. Each opens the app once (it is traded for the session cookie)
 * and only within `ttlMs` of being issued, so a link left in a terminal's scroll-back, a shell history
 * or a screenshot is worth nothing a minute later.
 */
export class LaunchTokens {
  readonly #tokens: { token: string; expiresAt: number; used: boolean }[] = [];

  constructor(
    private readonly ttlMs: number = LAUNCH_TOKEN_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  issue(): string {
    const token = newToken();
    this.#tokens.push({ token, expiresAt: this.now() + this.ttlMs, used: false });
    // Keep a short memory of old links, only to tell "used" and "expired" apart in the message.
    if (this.#tokens.length > 64) this.#tokens.splice(0, this.#tokens.length - 64);
    return token;
  }

  /** Checks a link's token and, when it is good, uses it up. */
  consume(given: string | undefined): LaunchCheck {
    // Compare with every entry in constant time; never stop early on a match.
    let found: { token: string; expiresAt: number; used: boolean } | undefined;
    for (const entry of this.#tokens) if (tokensEqual(entry.token, given)) found = entry;
    if (found === undefined) return 'unknown';
    if (found.used) return 'used';
    if (this.now() > found.expiresAt) return 'expired';
    found.used = true;
    return 'ok';
  }
}

/**
 * DNS rebinding guard and origin binding: only our own host name and port are accepted, in Host and
 * (when sent) in Origin. A page on evil.example that rebinds its name to 127.0.0.1 still sends
 * `Host: evil.example`, and `127.0.0.1:port` itself is refused, so the session cookie — scoped to our
 * random `….localhost` name — is the only way in.
 */
export function isOwnAuthority(
  host: string | undefined,
  origin: string | undefined,
  authority: string,
): boolean {
  if (host?.toLowerCase() !== authority) return false;
  return origin === undefined || origin.toLowerCase() === `http://${authority}`;
}
