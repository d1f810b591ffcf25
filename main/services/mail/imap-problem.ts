import type { InboxProblem } from '../../../shared/exchange/mail-contract';
import { AtomicWriteError } from '../fs/write-errors';

const field = (e: unknown, key: string): unknown =>
  typeof e === 'object' && e !== null && key in e ? (e as Record<string, unknown>)[key] : undefined;

const OFFLINE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ECONNRESET',
  'EPIPE',
  'NoConnection',
  'EConnectionClosed',
  'ClosedAfterConnectText',
]);
const TIMEOUT = new Set(['ETIMEDOUT', 'ETIMEOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);
const DISK = new Set(['ENOSPC', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT']);

/**
 * What went wrong with a check, as a code the renderer translates. Only the error's code and flags
 * are read, never its message: server texts can echo what the client sent.
 */
export function imapProblemOf(e: unknown): InboxProblem {
  if (e instanceof AtomicWriteError) return 'disk';
  const code = field(e, 'code');
  if (field(e, 'authenticationFailed') === true) return 'authFailed';
  if (field(e, 'mailboxMissing') === true) return 'mailboxMissing';
  if (
    field(e, 'tlsFailed') === true ||
    code === 'ClosedAfterConnectTLS' ||
    (typeof code === 'string' && /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/.test(code))
  )
    return 'tls';
  if (typeof code !== 'string') return 'server';
  if (OFFLINE.has(code)) return 'offline';
  if (TIMEOUT.has(code)) return 'timeout';
  if (DISK.has(code) && field(e, 'syscall') !== undefined && field(e, 'syscall') !== 'connect') return 'disk';
  return 'server';
}
