import type { z } from 'zod';
import type { SmtpSettings, testMailResultSchema } from '../../../shared/exchange/mail-contract';
import { smtpTransport } from './smtp-send';

type TestProblem = Extract<z.infer<typeof testMailResultSchema>, { ok: false }>['problem'];

/** Sends the test message; throws as nodemailer does. Replaced in tests that need no server. */
export type SendTestMail = (settings: SmtpSettings, password: string | null) => Promise<void>;

/** A short plain message through the same transport settings as the outbox, so a success means bundles will go too. */
export const sendTestWithNodemailer: SendTestMail = async (settings, password) => {
  const transport = smtpTransport(settings, password, 30_000);
  try {
    await transport.sendMail({
      from: settings.from,
      to: settings.to,
      subject: '[Bình An] Thư thử',
      text: 'Đây là thư thử của Bình An: cài đặt gửi thư hoạt động. Thư này không mang dữ liệu.\n\nA test message from Bình An: sending mail works. It carries no data.\n',
    });
  } finally {
    transport.close();
  }
};

const codeOf = (e: unknown): unknown =>
  typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;

/** The SMTP failure as a code; the server's own text is never passed on. */
export function smtpProblemOf(e: unknown): TestProblem {
  switch (codeOf(e)) {
    case 'EAUTH':
    case 'ENOAUTH':
      return 'authFailed';
    case 'ETLS':
      return 'tls';
    case 'EENVELOPE':
    case 'EMESSAGE':
      return 'refused';
    case 'ETIMEDOUT':
      return 'timeout';
    case 'ECONNECTION':
    case 'ECONNREFUSED':
    case 'ESOCKET':
    case 'EDNS':
    case 'ENOTFOUND':
    case 'ECONNRESET':
      return 'offline';
    default:
      return 'server';
  }
}
