import nodemailer from 'nodemailer';
import type { SendFailure, SmtpSettings } from '../../../shared/exchange/mail-contract';

export interface MailToSend {
  fileName: string;
  bundle: Uint8Array;
}

/** One delivery attempt; throws on any refusal. Replaced in tests that need no server. */
export type SendMail = (settings: SmtpSettings, password: string | null, mail: MailToSend) => Promise<void>;

/**
 * nodemailer over SMTP, with timeouts so a dead network fails an attempt instead of hanging the pump.
 * The attachment is the bundle unchanged: it is already signed and encrypted, so the mail carries no
 * readable record, only the descriptive file name.
 */
export const sendWithNodemailer: SendMail = async (settings, password, mail) => {
  const transport = smtpTransport(settings, password, 60_000);
  try {
    await transport.sendMail({
      from: settings.from,
      to: settings.to,
      subject: `[Bình An] ${mail.fileName}`,
      text: 'Thư này mang một gói dữ liệu Bình An đã ký và mã hoá. Hãy nhập tệp đính kèm vào Bình An; đừng mở bằng chương trình khác.\n',
      attachments: [
        { filename: mail.fileName, content: Buffer.from(mail.bundle), contentType: 'application/zip' },
      ],
    });
  } finally {
    transport.close();
  }
};

const codeOf = (e: unknown, key: 'code' | 'responseCode'): unknown =>
  typeof e === 'object' && e !== null && key in e ? (e as Record<string, unknown>)[key] : undefined;

/** A failed attempt as a code with the SMTP reply code when there is one; the renderer says it in words. */
export function sendFailureOf(e: unknown): SendFailure {
  const reply = codeOf(e, 'responseCode');
  const withReply = (code: SendFailure['code']): SendFailure => ({
    code,
    reply:
      typeof reply === 'number' && Number.isInteger(reply) && reply >= 100 && reply <= 999 ? reply : null,
  });
  switch (codeOf(e, 'code')) {
    case 'EAUTH':
      return withReply('authFailed');
    case 'ETLS':
      return { code: 'tls', reply: null };
    case 'EENVELOPE':
      return withReply('refusedAddress');
    case 'EMESSAGE':
      return withReply('refusedMessage');
    case 'ECONNECTION':
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
    case 'ENOTFOUND':
    case 'ECONNRESET':
    case 'EPROTOCOL':
      return { code: 'offline', reply: null };
    default:
      return withReply('failed');
  }
}

/**
 * The one SMTP transport the outbox and the test message share, so a test that succeeds means bundles
 * will go too: TLS 1.2 at least, STARTTLS required when chosen, no logger (it would print the password).
 */
export function smtpTransport(settings: SmtpSettings, password: string | null, socketTimeout: number) {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    auth: settings.user === '' ? undefined : { user: settings.user, pass: password ?? '' },
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout,
    tls: { minVersion: 'TLSv1.2' },
    logger: false,
  });
}
