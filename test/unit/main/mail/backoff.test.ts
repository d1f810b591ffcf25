import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '../../../../main/services/mail/backoff';
import { sendFailureOf } from '../../../../main/services/mail/smtp-send';

describe('back-off', () => {
  it('doubles from the base, stops at the cap, and keeps half of each wait fixed under jitter', () => {
    const policy = { baseMs: 1000, capMs: 8000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, policy, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(1000, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.capMs);
  });

  it('names SMTP failures by code, with the server reply code when there is one (the renderer words them)', () => {
    expect(sendFailureOf({ code: 'EAUTH', responseCode: 535 })).toEqual({ code: 'authFailed', reply: 535 });
    expect(sendFailureOf({ code: 'ECONNECTION' })).toEqual({ code: 'offline', reply: null });
    expect(sendFailureOf({ code: 'EENVELOPE', responseCode: 550 })).toEqual({
      code: 'refusedAddress',
      reply: 550,
    });
    expect(sendFailureOf(new Error('x'))).toEqual({ code: 'failed', reply: null });
  });
});
