import type { ImapFlow } from 'imapflow';
import { BUNDLE_KINDS, unitCodeSchema } from '../../../shared/bundle/manifest';
import { peekManifest } from '../../../shared/bundle/read-bundle';
import {
  type ImapSettings,
  type InboxProblem,
  type InboxStatus,
  MAIL_INBOX_LIMITS,
  PROCESSED_KEYWORD,
  type SkippedMessage,
} from '../../../shared/exchange/mail-contract';
import type { Clock } from '../exchange/exchange-deps';
import type { KeySession } from '../exchange/key-session';
import { headerText, zipAttachments } from './bundle-parts';
import type { ImapConnect } from './imap-client';
import { imapProblemOf } from './imap-problem';
import type { ImapSettingsStore } from './imap-settings';
import type { InboxStaging, NewBundle } from './inbox-staging';

export interface MailInboxDeps {
  settings: ImapSettingsStore;
  staging: InboxStaging;
  session: KeySession;
  clock: Clock;
  connect: ImapConnect;
  limits?: MailInboxLimits;
  onError?: (error: unknown) => void;
}

export type MailInboxLimits = { [K in keyof typeof MAIL_INBOX_LIMITS]: number };

class CheckStopped extends Error {
  constructor(readonly problem: InboxProblem) {
    super(problem);
  }
}

const isKind = (v: unknown): v is NewBundle['kind'] => BUNDLE_KINDS.some((k) => k === v);

/**
 * The mail inbox, phase one of receiving by mail: a check connects once, first marks on the server
 * the messages whose bundles the renderer has imported (moved to the processed folder, or given the
 * keyword), then fetches the bundle attachments of new messages into mail/inbox/. Every call returns
 * at once; the check runs in the background and its outcome is read from the status. A message is
 * marked only after its import, and is never fetched twice while main holds something of it, so an
 * app closed at any point neither loses a bundle nor imports one twice.
 */
export class MailInbox {
  private pass: Promise<void> | null = null;
  private again = false;
  private readonly limits: MailInboxLimits;

  constructor(private readonly deps: MailInboxDeps) {
    this.limits = deps.limits ?? MAIL_INBOX_LIMITS;
  }

  async status(): Promise<InboxStatus> {
    const configured = (await this.deps.settings.get()) !== null;
    return { configured, checking: this.pass !== null, ...(await this.deps.staging.status()) };
  }

  checkNow(): void {
    if (this.pass !== null) {
      this.again = true;
      return;
    }
    this.pass = this.runPass()
      .catch((e: unknown) => this.deps.onError?.(e))
      .finally(() => {
        this.pass = null;
        if (this.again) {
          this.again = false;
          this.checkNow();
        }
      });
  }

  /** Resolves when no check is running; for tests and orderly shutdown. */
  async idle(): Promise<void> {
    while (this.pass !== null) await this.pass;
  }

  private async runPass(): Promise<void> {
    const counts = { fetched: 0, marked: 0 };
    let problem: InboxProblem | null = null;
    try {
      const settings = await this.deps.settings.get();
      if (settings === null) throw new CheckStopped('notSet');
      if (!this.deps.session.isUnlocked()) throw new CheckStopped('locked');
      const password = await this.deps.settings.password();
      if (password === null) throw new CheckStopped('authFailed');
      const client = await this.deps.connect(settings, password);
      try {
        counts.marked = await this.markProcessed(client, settings);
        counts.fetched = await this.fetchNew(client, settings);
      } finally {
        await client.logout().catch(() => client.close());
      }
    } catch (e) {
      problem = e instanceof CheckStopped ? e.problem : imapProblemOf(e);
    }
    await this.deps.staging.setLastCheck({ at: this.deps.clock.now().toISOString(), problem, ...counts });
  }

  private async markProcessed(client: ImapFlow, settings: ImapSettings): Promise<number> {
    let marked = 0;
    for (const m of await this.deps.staging.toMark()) {
      const lock = await client.getMailboxLock(m.mailbox);
      try {
        const [uidValidity, uid] = m.message.split(':');
        let uids: number[] = [];
        if (String(client.mailbox === false ? '' : client.mailbox.uidValidity) === uidValidity) {
          uids = [Number(uid)];
        } else if (m.messageId !== null) {
          // The server renumbered the mailbox (UIDVALIDITY changed): find the message by its Message-ID.
          uids = (await client.search({ header: { 'message-id': m.messageId } }, { uid: true })) || [];
        }
        if (uids.length > 0) {
          await client.messageFlagsAdd(uids, [PROCESSED_KEYWORD, '\\Seen'], { uid: true });
          if (settings.processedFolder !== null && settings.processedFolder !== m.mailbox) {
            await this.ensureFolder(client, settings.processedFolder);
            await client.messageMove(uids, settings.processedFolder, { uid: true });
          }
        }
      } finally {
        lock.release();
      }
      // A message no longer there was marked by an earlier pass that stopped before writing this.
      await this.deps.staging.processed(m.mailbox, m.message);
      marked += 1;
    }
    return marked;
  }

  private async ensureFolder(client: ImapFlow, folder: string): Promise<void> {
    const list = await client.list();
    if (!list.some((box) => box.path === folder)) await client.mailboxCreate(folder);
  }

  private async fetchNew(client: ImapFlow, settings: ImapSettings): Promise<number> {
    const { staging } = this.deps;
    const lock = await client.getMailboxLock(settings.mailbox, { readOnly: false });
    try {
      if (client.mailbox === false) throw new CheckStopped('mailboxMissing');
      const uidValidity = String(client.mailbox.uidValidity);
      const keyOf = (uid: number) => `${uidValidity}:${uid}`;
      const uids = ((await client.search({ unKeyword: PROCESSED_KEYWORD }, { uid: true })) || []).sort(
        (a, b) => a - b,
      );
      const present = new Set(uids.map(keyOf));
      const known = await staging.knownMessages(settings.mailbox);
      // Skipped messages are reported while they are in the mailbox, and not looked at again.
      const skipped = (await staging.skipped()).filter((s) => present.has(s.message));
      const skippedKeys = new Set(skipped.map((s) => s.message));
      const room = this.limits.maxStaged - (await staging.waitingCount());
      const fresh = uids
        .filter((uid) => !known.has(keyOf(uid)) && !skippedKeys.has(keyOf(uid)))
        .slice(0, Math.max(0, Math.min(room, this.limits.maxMessagesPerCheck)));
      let fetched = 0;
      if (fresh.length > 0) {
        const messages = await client.fetchAll(
          fresh,
          { uid: true, envelope: true, bodyStructure: true },
          { uid: true },
        );
        for (const msg of messages) {
          const envelope = msg.envelope;
          const sender = envelope?.replyTo?.[0]?.address ?? envelope?.from?.[0]?.address ?? null;
          const meta = {
            mailbox: settings.mailbox,
            message: keyOf(msg.uid),
            messageId: envelope?.messageId ? headerText(envelope.messageId) : null,
            from: sender === null ? null : headerText(sender, 254),
            subject: headerText(envelope?.subject),
          };
          const skip = (reason: SkippedMessage['reason']) =>
            skipped.push({ message: meta.message, from: meta.from, subject: meta.subject, reason });
          const parts = zipAttachments(msg.bodyStructure);
          if (parts.length === 0) {
            skip('noBundle');
            continue;
          }
          if (parts.length > this.limits.maxAttachmentsPerMessage) {
            skip('tooMany');
            continue;
          }
          if (parts.some((p) => p.bytes > this.limits.maxAttachmentBytes)) {
            skip('tooLarge');
            continue;
          }
          const bundles: NewBundle[] = [];
          for (const part of parts) {
            const bytes = await download(client, msg.uid, part.part, this.limits.maxAttachmentBytes);
            if (bytes === null) {
              bundles.length = 0;
              skip('tooLarge');
              break;
            }
            const bundle = asBundle(bytes);
            if (bundle !== null) bundles.push({ ...bundle, part: part.part, fileName: part.fileName, bytes });
          }
          if (bundles.length === 0) {
            if (!skippedKeys.has(meta.message) && !skipped.some((s) => s.message === meta.message))
              skip('notBundle');
            continue;
          }
          await staging.stage(meta, bundles);
          fetched += bundles.length;
        }
      }
      await staging.setSkipped(skipped.slice(-100));
      return fetched;
    } finally {
      lock.release();
    }
  }
}

/** The decoded part, or null when it is larger than an attachment may be. */
async function download(
  client: ImapFlow,
  uid: number,
  part: string,
  max: number,
): Promise<Uint8Array | null> {
  const { content } = await client.download(String(uid), part, { uid: true, maxBytes: max + 1 });
  if (content === undefined) return new Uint8Array();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of content) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > max) {
      content.destroy();
      return null;
    }
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** A Bình An bundle by its (unverified) manifest; anything else is someone else's zip. */
function asBundle(bytes: Uint8Array): Pick<NewBundle, 'kind' | 'senderUnit'> | null {
  const peek = peekManifest(bytes);
  if (!peek.ok || typeof peek.value !== 'object' || peek.value === null) return null;
  const value = peek.value as Record<string, unknown>;
  if (!isKind(value.kind)) return null;
  const sender = value.sender;
  const unit =
    typeof sender === 'object' && sender !== null ? (sender as Record<string, unknown>).unit : undefined;
  const parsed = unitCodeSchema.safeParse(unit);
  return { kind: value.kind, senderUnit: parsed.success ? parsed.data : null };
}
