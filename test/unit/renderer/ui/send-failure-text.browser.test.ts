import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../../renderer/i18n';
import { sendFailureText } from '../../../../renderer/ui/store-error-text';
import { outboxMessageSchema } from '../../../../shared/exchange/mail-contract';

/** The outbox keeps why a send failed as a code; the one translator words it in the UI's language. */
describe('the outbox’s last error', () => {
  it('reads in Vietnamese, or in English for an English UI, with the server’s reply code', async () => {
    const vi = (await initI18n('vi')).t;
    expect(sendFailureText(vi, { code: 'authFailed', reply: 535 })).toBe(
      'Máy chủ thư từ chối đăng nhập: sai tên đăng nhập hoặc mật khẩu. Hãy sửa cài đặt thư (mã 535).',
    );
    expect(sendFailureText(vi, { code: 'offline', reply: null })).toMatch(/^Không kết nối được máy chủ thư/);
    const en = (await initI18n('en')).t;
    expect(sendFailureText(en, { code: 'authFailed', reply: 535 })).toBe(
      'The mail server refused the login: wrong user name or password. Please correct the mail settings (code 535).',
    );
    expect(sendFailureText(en, { code: 'failed', reply: null })).toBe(
      'Sending failed; the message will be sent again by itself.',
    );
  });

  it('reads an outbox written before the codes (a Vietnamese sentence) as a failure of unknown kind', () => {
    const old = outboxMessageSchema.parse({
      id: 'msg-00000001',
      recipientUnit: '49',
      sequence: 1,
      fileName: 'binhan-502-49-000001.zip',
      to: ['tinh@binhan.test'],
      state: 'failed-retrying',
      attempts: 2,
      lastError: 'Không kết nối được máy chủ thư (mất mạng hoặc máy chủ không chạy). Thư sẽ được tự gửi lại.',
      nextAttemptAt: '2026-12-02T08:00:00.000Z',
      createdAt: '2026-12-02T07:00:00.000Z',
      sentAt: null,
    });
    expect(old.lastError).toEqual({ code: 'failed', reply: null });
  });
});
