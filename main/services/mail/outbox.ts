import type { SentRef } from '../../../shared/exchange/common';
import type { OutboxMessage } from '../../../shared/exchange/mail-contract';
import { HostFailure } from '../../../shared/host/result';
import type { Clock } from '../exchange/exchange-deps';
import type { SentStore } from '../exchange/sent-store';
import { AtomicWriteError, writeFailure } from '../fs/write-errors';
import { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from './backoff';
import type { MailSettings } from './mail-settings';
import { OutboxStore } from './outbox-store';
import { type SendMail, sendFailureOf } from './smtp-send';

export interface OutboxDeps {
  store: OutboxStore;
  settings: MailSettings;
  sent: SentStore;
  clock: Clock;
  send: SendMail;
  backoff?: BackoffPolicy;
  random?: () => number;
  /** Longest sleep between passes, so a changed clock or a missed wake-up costs at most this. */
  maxSleepMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * The e-mail outbox and its pump. Every call returns after touching the disk only; sending happens in
 * the background, one message at a time, and nothing ever waits on the network. The pump runs while
 * the keys are unlocked (the SMTP password lives in the SecretStore) and sleeps until the earliest
 * next attempt. Delivery is at least once: if the "sent" state cannot be written, the message may go
 * again, which the province's replay check makes harmless.
 */
export class Outbox {
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;
  private again = false;
  private lastPassFailed = false;
  /** Sent, but the state file could not be written yet: never sent twice by this process. */
  private readonly unsaved = new Map<string, OutboxMessage>();

  constructor(private readonly deps: OutboxDeps) {}

  isRunning(): boolean {
    return this.running;
  }

  start(): void {
    this.running = true;
    this.kick();
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Resolves when the current pass (if any) has finished; for tests and orderly shutdown. */
  async idle(): Promise<void> {
    while (this.pass !== null) await this.pass;
  }

  kick(): void {
    if (!this.running) return;
    if (this.pass !== null) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pass = this.runPass()
      .then(
        () => {
          this.lastPassFailed = false;
        },
        (e: unknown) => {
          this.lastPassFailed = true;
          this.deps.onError?.(e);
        },
      )
      .finally(() => {
        this.pass = null;
        if (this.again) {
          this.again = false;
          this.kick();
        } else {
          this.scheduleNext().catch((e: unknown) => this.deps.onError?.(e));
        }
      });
  }

  /** `to` replaces the settings' recipients: a receipt goes back to the address its bundle came from. */
  async enqueue(ref: SentRef, to?: readonly string[]): Promise<OutboxMessage> {
    const settings = await this.deps.settings.get();
    if (settings === null) throw new HostFailure('notAllowed', 'mailNotSet');
    const { entry, bytes } = await this.deps.sent.read(ref);
    const now = this.deps.clock.now();
    const message: OutboxMessage = {
      id: OutboxStore.newId(now),
      recipientUnit: entry.recipientUnit,
      sequence: entry.sequence,
      fileName: entry.fileName,
      to: to === undefined ? settings.to : [...to],
      state: 'queued',
      attempts: 0,
      lastError: null,
      nextAttemptAt: null,
      createdAt: now.toISOString(),
      sentAt: null,
    };
    try {
      await this.deps.store.add(message, bytes);
    } catch (e) {
      if (e instanceof AtomicWriteError) throw writeFailure(e);
      throw e;
    }
    await this.deps.sent.recordCopy(ref, 'mail', null);
    this.kick();
    return message;
  }

  async retryNow(id: string): Promise<OutboxMessage> {
    await this.deps.store.get(id);
    // A message being sent or already sent is left as it is; the pump owns it.
    const next = await this.deps.store.modify(id, (m) =>
      m.state === 'queued' || m.state === 'failed-retrying' ? { ...m, nextAttemptAt: null } : m,
    );
    this.kick();
    return next ?? this.deps.store.get(id);
  }

  private async runPass(): Promise<void> {
    for (const [id, message] of this.unsaved) {
      await this.deps.store.modify(id, () => message);
      await this.deps.store.dropBundle(id);
      this.unsaved.delete(id);
    }
    const settings = await this.deps.settings.get();
    if (settings === null) return;
    const password = settings.user === '' ? null : await this.deps.settings.password();
    for (const message of await this.deps.store.list()) {
      if (!this.running) return;
      if (message.state === 'sent' || this.unsaved.has(message.id)) continue;
      const due =
        message.nextAttemptAt === null ||
        Date.parse(message.nextAttemptAt) <= this.deps.clock.now().getTime();
      if (due) await this.attempt(message, { ...settings, to: message.to }, password);
    }
  }

  private async attempt(
    message: OutboxMessage,
    settings: NonNullable<Awaited<ReturnType<MailSettings['get']>>>,
    password: string | null,
  ): Promise<void> {
    const { store, clock } = this.deps;
    // If even this write fails the disk is in trouble: leave the message as it is for the next pass.
    const claimed = await store.modify(message.id, (m) =>
      m.state === 'sent' || m.state === 'sending' ? null : { ...m, state: 'sending' },
    );
    if (claimed === null && message.state !== 'sending') return;
    const attempts = message.attempts + 1;
    try {
      if (settings.user !== '' && password === null)
        throw Object.assign(new Error('no password'), { code: 'EAUTH' });
      await this.deps.send(settings, password, {
        fileName: message.fileName,
        bundle: await store.bundle(message.id),
      });
    } catch (e) {
      const wait = backoffDelay(attempts, this.deps.backoff ?? DEFAULT_BACKOFF, this.deps.random);
      await store.modify(message.id, (m) => ({
        ...m,
        state: 'failed-retrying',
        attempts,
        lastError: sendFailureOf(e),
        nextAttemptAt: new Date(clock.now().getTime() + wait).toISOString(),
      }));
      return;
    }
    const done: OutboxMessage = {
      ...message,
      state: 'sent',
      attempts,
      lastError: null,
      nextAttemptAt: null,
      sentAt: clock.now().toISOString(),
    };
    this.unsaved.set(message.id, done);
    await store.modify(message.id, () => done);
    this.unsaved.delete(message.id);
    await store.dropBundle(message.id);
  }

  private async scheduleNext(): Promise<void> {
    if (!this.running) return;
    const now = this.deps.clock.now().getTime();
    const maxSleep = this.deps.maxSleepMs ?? 60_000;
    let wait = this.unsaved.size > 0 ? 1000 : maxSleep;
    for (const m of await this.deps.store.list()) {
      if (m.state === 'sent') continue;
      const at = m.nextAttemptAt === null ? now : Date.parse(m.nextAttemptAt);
      wait = Math.min(wait, Math.max(at - now, 0));
    }
    // A pass that failed on the disk is not retried in a tight loop.
    if (this.lastPassFailed) wait = Math.max(wait, Math.min(5000, maxSleep));
    if (!this.running || this.pass !== null) return;
    this.timer = setTimeout(() => this.kick(), Math.max(wait, 10));
    this.timer.unref();
  }
}
