import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import {
  type InboxOutcome,
  type InboxStatus,
  inboxStatusSchema,
  type SkippedMessage,
  type StagedBundle,
  skippedMessageSchema,
  stagedBundleSchema,
} from '../../../shared/exchange/mail-contract';
import { HostFailure } from '../../../shared/host/result';
import type { Clock } from '../exchange/exchange-deps';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import { createSerial } from '../exchange/serial';
import type { FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';

/** As listed, plus the mailbox the message sits in (a changed setting must not mark another box's message). */
const storedSchema = stagedBundleSchema.omit({ path: true }).extend({ mailbox: z.string() });
type Stored = z.infer<typeof storedSchema>;

const fileSchema = z.strictObject({
  v: z.literal(1),
  bundles: z.array(storedSchema),
  skipped: z.array(skippedMessageSchema),
  lastCheck: inboxStatusSchema.shape.lastCheck,
});
type State = z.infer<typeof fileSchema>;

/** Processed bundles listed after their bytes are gone, so the page can say what came by mail. */
const PROCESSED_KEPT = 50;

export interface NewBundle {
  part: string;
  fileName: string;
  bytes: Uint8Array;
  kind: StagedBundle['kind'];
  senderUnit: string | null;
}

export interface MessageMeta {
  mailbox: string;
  /** `<uidValidity>:<uid>` */
  message: string;
  messageId: string | null;
  from: string | null;
  subject: string;
}

/**
 * mail/inbox/: the bundles main fetched from the mailbox (`<id>.zip`) and state.json with what became
 * of each. This is phase one of receiving by mail; the renderer imports (phase two) and reports back,
 * and only then is the message marked processed on the server. Bytes are written before the state
 * names them, so a crash leaves at worst an unnamed file, which the next fetch overwrites.
 */
export class InboxStaging {
  private readonly serial = createSerial();
  private readonly file: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly clock: Clock,
  ) {
    this.file = path.join(dir, 'state.json');
  }

  static idOf(mailbox: string, message: string, part: string): string {
    const box = createHash('sha256').update(mailbox).digest('hex').slice(0, 8);
    return `${box}-${message.replace(':', '-')}-${part.replaceAll('.', '-')}`;
  }

  private zip = (id: string) => path.join(this.dir, `${id}.zip`);

  private async load(): Promise<State> {
    return (
      (await readJsonFile(this.fs, this.file, fileSchema)) ?? {
        v: 1,
        bundles: [],
        skipped: [],
        lastCheck: null,
      }
    );
  }

  private async save(state: State): Promise<void> {
    await this.fs.mkdir(this.dir, 0o700);
    await writeJsonFile(this.fs, this.file, state);
  }

  private change<T>(step: (state: State) => T): Promise<T> {
    return this.serial(async () => {
      const state = await this.load();
      const out = step(state);
      await this.save(state);
      return out;
    });
  }

  private view = (b: Stored): StagedBundle => {
    const { mailbox: _, ...rest } = b;
    return { ...rest, path: this.zip(b.id) };
  };

  async status(): Promise<Omit<InboxStatus, 'configured' | 'checking'>> {
    const state = await this.load();
    return { lastCheck: state.lastCheck, bundles: state.bundles.map(this.view), skipped: state.skipped };
  }

  /** Messages of `mailbox` main already holds something of (staged, done or processed). */
  async knownMessages(mailbox: string): Promise<Set<string>> {
    const state = await this.load();
    return new Set(state.bundles.filter((b) => b.mailbox === mailbox).map((b) => b.message));
  }

  async skipped(): Promise<SkippedMessage[]> {
    return (await this.load()).skipped;
  }

  async waitingCount(): Promise<number> {
    return (await this.load()).bundles.filter((b) => b.state === 'staged').length;
  }

  /** Every bundle of one message, bytes first; staged again (same id) overwrites, never duplicates. */
  async stage(meta: MessageMeta, bundles: readonly NewBundle[]): Promise<void> {
    await this.fs.mkdir(this.dir, 0o700);
    const now = this.clock.now().toISOString();
    const rows: Stored[] = [];
    for (const b of bundles) {
      const id = InboxStaging.idOf(meta.mailbox, meta.message, b.part);
      await writeFileAtomic(this.fs, this.dir, `${id}.zip`, b.bytes, { mode: 0o600 });
      rows.push({
        id,
        mailbox: meta.mailbox,
        message: meta.message,
        part: b.part,
        messageId: meta.messageId,
        from: meta.from,
        subject: meta.subject,
        fileName: b.fileName,
        size: b.bytes.length,
        sha256: createHash('sha256').update(b.bytes).digest('hex'),
        kind: b.kind,
        senderUnit: b.senderUnit,
        state: 'staged',
        refused: null,
        stagedAt: now,
        doneAt: null,
      });
    }
    await this.change((state) => {
      const ids = new Set(rows.map((r) => r.id));
      state.bundles = [...state.bundles.filter((b) => !ids.has(b.id)), ...rows];
    });
  }

  async setSkipped(skipped: SkippedMessage[]): Promise<void> {
    await this.change((state) => {
      state.skipped = skipped;
    });
  }

  async setLastCheck(lastCheck: NonNullable<State['lastCheck']>): Promise<void> {
    await this.change((state) => {
      state.lastCheck = lastCheck;
    });
  }

  /** The renderer's word on one bundle. A processed bundle stays processed (a late report changes nothing). */
  report(id: string, result: InboxOutcome): Promise<StagedBundle> {
    return this.serial(async () => {
      const state = await this.load();
      const bundle = state.bundles.find((b) => b.id === id);
      if (bundle === undefined) throw new HostFailure('notFound', 'mailNotFound');
      const now = this.clock.now().toISOString();
      if (bundle.state === 'staged') {
        if (result.outcome === 'refused') bundle.refused = { code: result.code, at: now };
        else Object.assign(bundle, { state: 'done', doneAt: now, refused: null });
        await this.save(state);
      }
      return this.view(bundle);
    });
  }

  async find(id: string): Promise<StagedBundle | null> {
    const bundle = (await this.load()).bundles.find((b) => b.id === id);
    return bundle === undefined ? null : this.view(bundle);
  }

  /** Messages whose every bundle is imported (or was had already): ready to be marked on the server. */
  async toMark(): Promise<Array<{ mailbox: string; message: string; messageId: string | null }>> {
    const byMessage = new Map<string, Stored[]>();
    for (const b of (await this.load()).bundles) {
      const key = `${b.mailbox}\n${b.message}`;
      byMessage.set(key, [...(byMessage.get(key) ?? []), b]);
    }
    return [...byMessage.values()]
      .filter((bs) => bs.every((b) => b.state === 'done'))
      .flatMap((bs) => (bs[0] ? [bs[0]] : []))
      .map((b) => ({ mailbox: b.mailbox, message: b.message, messageId: b.messageId }));
  }

  /** The message is marked on the server: its bytes go, its rows stay as a short history. */
  async processed(mailbox: string, message: string): Promise<void> {
    const gone: string[] = [];
    await this.change((state) => {
      for (const b of state.bundles) {
        if (b.mailbox !== mailbox || b.message !== message || b.state !== 'done') continue;
        b.state = 'processed';
        gone.push(b.id);
      }
      const processed = state.bundles.filter((b) => b.state === 'processed');
      const drop = new Set(
        processed.slice(0, Math.max(processed.length - PROCESSED_KEPT, 0)).map((b) => b.id),
      );
      state.bundles = state.bundles.filter((b) => !drop.has(b.id));
    });
    for (const id of gone) await this.fs.unlink(this.zip(id)).catch(() => undefined);
  }
}
