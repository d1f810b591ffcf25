import type { ExchangeServices } from '../exchange/exchange-services.ts';
import type { BackoffPolicy } from './backoff.ts';
import { MailSettings } from './mail-settings.ts';
import { Outbox } from './outbox.ts';
import { OutboxStore } from './outbox-store.ts';
import { type SendMail, sendWithNodemailer } from './smtp-send.ts';

export interface MailOptions {
  send?: SendMail;
  backoff?: BackoffPolicy;
  maxSleepMs?: number;
  onError?: (error: unknown) => void;
}

/** The outbox over the exchange services; its pump follows the keys: running while unlocked. */
export function createMailServices(x: ExchangeServices, options: MailOptions = {}) {
  const settings = new MailSettings(x.deps.fs, x.dirs.mail, x.session);
  const store = new OutboxStore(x.deps.fs, x.dirs.outbox);
  const outbox = new Outbox({
    store,
    settings,
    sent: x.sent,
    clock: x.deps.clock,
    send: options.send ?? sendWithNodemailer,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.maxSleepMs ? { maxSleepMs: options.maxSleepMs } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  x.session.onChange((unlocked) => (unlocked ? outbox.start() : outbox.stop()));
  return { settings, store, outbox };
}

export type MailServices = ReturnType<typeof createMailServices>;
