import { isIP } from 'node:net';
import { ImapFlow } from 'imapflow';
import { type ImapSettings, MAIL_INBOX_LIMITS } from '../../../shared/exchange/mail-contract';
import { isLoopbackHost } from './loopback';

/** Opens one IMAP connection with the office's settings; tests may give another server's settings. */
export type ImapConnect = (settings: ImapSettings, password: string) => Promise<ImapFlow>;

/** Thrown when a plaintext login would leave this computer: the settings check already refuses it. */
export class PlaintextRefused extends Error {
  readonly tlsFailed = true;
}

/**
 * imapflow with TLS unless the server is this computer, certificates checked, no logger (nothing it
 * sees, the password included, is ever written anywhere), and bounded waits and response sizes so a
 * dead network or a hostile server ends a check instead of hanging or filling memory.
 */
export const connectImap: ImapConnect = async (settings, password) => {
  if (settings.security === 'none' && !isLoopbackHost(settings.host)) throw new PlaintextRefused();
  const host = settings.host.replace(/^\[|\]$/g, '');
  const client = new ImapFlow({
    host,
    port: settings.port,
    secure: settings.security === 'tls',
    doSTARTTLS: settings.security === 'starttls',
    auth: { user: settings.user, pass: password },
    logger: false,
    emitLogs: false,
    disableAutoIdle: true,
    connectionTimeout: 20_000,
    greetingTimeout: 16_000,
    socketTimeout: 120_000,
    maxLiteralSize: MAIL_INBOX_LIMITS.maxAttachmentBytes * 2,
    maxResponseSize: MAIL_INBOX_LIMITS.maxAttachmentBytes * 2 + 1024 * 1024,
    tls: { minVersion: 'TLSv1.2', ...(isIP(host) === 0 ? { servername: host } : {}) },
    clientInfo: { name: 'Binh An' },
  });
  // A connection that drops later is reported through the next command; an unheard 'error' would end main.
  client.on('error', () => undefined);
  await client.connect();
  return client;
};
