import nodemailer from 'nodemailer';
import type { SmtpSettings } from '../../../shared/exchange/mail-contract';

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

/** What the user reads for a failed attempt: Vietnamese, with the SMTP reply code when there is one. */
export function describeSendError(e: unknown): string {
  const code = codeOf(e, 'code');
  const reply = codeOf(e, 'responseCode');
  const suffix = typeof reply === 'number' ? ` (mã ${reply})` : '';
  switch (code) {
    case 'EAUTH':
      return `Máy chủ thư từ chối đăng nhập: sai tên đăng nhập hoặc mật khẩu. Hãy sửa cài đặt thư${suffix}.`;
    case 'ETLS':
      return 'Không thiết lập được kết nối bảo mật (TLS) với máy chủ thư. Hãy kiểm tra cổng và kiểu bảo mật.';
    case 'EENVELOPE':
      return `Máy chủ thư từ chối địa chỉ người gửi hoặc người nhận${suffix}.`;
    case 'EMESSAGE':
      return `Máy chủ thư từ chối thư (có thể do tệp đính kèm quá lớn)${suffix}.`;
    case 'ECONNECTION':
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
    case 'ENOTFOUND':
    case 'ECONNRESET':
    case 'EPROTOCOL':
      return 'Không kết nối được máy chủ thư (mất mạng hoặc máy chủ không chạy). Thư sẽ được tự gửi lại.';
    default:
      return `Gửi thư không thành công${suffix}; thư sẽ được tự gửi lại.`;
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
