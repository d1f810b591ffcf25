import path from 'node:path';
import type { ExchangeServices } from '../exchange/exchange-services';
import type { BackoffPolicy } from './backoff';
import { connectImap, type ImapConnect } from './imap-client';
import { ImapSettingsStore } from './imap-settings';
import { InboxStaging } from './inbox-staging';
import { MailInbox, type MailInboxLimits } from './mail-inbox';
import { MailSettings } from './mail-settings';
import { Outbox } from './outbox';
import { OutboxStore } from './outbox-store';
import { type SendMail, sendWithNodemailer } from './smtp-send';
import { type SendTestMail, sendTestWithNodemailer } from './smtp-test';

export interface MailOptions {
  send?: SendMail;
  sendTest?: SendTestMail;
  connectImap?: ImapConnect;
  inboxLimits?: MailInboxLimits;
  backoff?: BackoffPolicy;
  maxSleepMs?: number;
  onError?: (error: unknown) => void;
}

/** The outbox and the inbox over the exchange services; the outbox pump follows the keys: running while unlocked. */
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
  const imapSettings = new ImapSettingsStore(x.deps.fs, x.dirs.mail, x.session);
  const staging = new InboxStaging(x.deps.fs, path.join(x.dirs.mail, 'inbox'), x.deps.clock);
  const inbox = new MailInbox({
    settings: imapSettings,
    staging,
    session: x.session,
    clock: x.deps.clock,
    connect: options.connectImap ?? connectImap,
    ...(options.inboxLimits ? { limits: options.inboxLimits } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return {
    settings,
    store,
    outbox,
    imapSettings,
    staging,
    inbox,
    sendTest: options.sendTest ?? sendTestWithNodemailer,
  };
}

export type MailServices = ReturnType<typeof createMailServices>;
