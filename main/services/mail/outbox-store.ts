import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { type OutboxMessage, outboxMessageSchema } from '../../../shared/exchange/mail-contract';
import { HostFailure } from '../../../shared/host/result';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import { createSerial } from '../exchange/serial';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';

/**
 * outbox/: one `<id>.json` (the message and its state) and one `<id>.zip` (the bundle) per message.
 * The bundle is written first, the JSON last, so a message exists only once both are on disk; each
 * write is atomic, so a failed write leaves the previous state in place.
 */
export class OutboxStore {
  /** The pump and the handlers change the same files: one write at a time, read-modify-write inside. */
  private readonly serial = createSerial();

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {}

  static newId(now: Date): string {
    return `${now.getTime().toString(36).padStart(9, '0')}-${randomBytes(6).toString('hex')}`;
  }

  private json = (id: string) => path.join(this.dir, `${id}.json`);
  private zip = (id: string) => path.join(this.dir, `${id}.zip`);

  add(message: OutboxMessage, bundle: Uint8Array): Promise<void> {
    return this.serial(() => this.write(message, bundle));
  }

  private async write(message: OutboxMessage, bundle: Uint8Array): Promise<void> {
    await this.fs.mkdir(this.dir, 0o700);
    await writeFileAtomic(this.fs, this.dir, `${message.id}.zip`, bundle, { mode: 0o600 });
    try {
      await writeJsonFile(this.fs, this.json(message.id), message);
    } catch (e) {
      await this.fs.unlink(this.zip(message.id)).catch(() => undefined);
      throw e;
    }
  }

  /** Changes a message from its state on disk; null from `change` (or a removed message) writes nothing. */
  modify(
    id: string,
    change: (current: OutboxMessage) => OutboxMessage | null,
  ): Promise<OutboxMessage | null> {
    return this.serial(async () => {
      const current = await readJsonFile(this.fs, this.json(id), outboxMessageSchema);
      const next = current === null ? null : change(current);
      if (next !== null) await writeJsonFile(this.fs, this.json(id), next);
      return next;
    });
  }

  /** Oldest first (ids start with the time). A message whose JSON cannot be read is skipped, not lost. */
  async list(): Promise<OutboxMessage[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return [];
      throw e;
    }
    const out: OutboxMessage[] = [];
    for (const name of names.filter((n) => /^[0-9a-z-]+\.json$/.test(n)).sort()) {
      const message = await readJsonFile(this.fs, path.join(this.dir, name), outboxMessageSchema).catch(
        () => null,
      );
      if (message) out.push(message);
    }
    return out;
  }

  async get(id: string): Promise<OutboxMessage> {
    const message = await readJsonFile(this.fs, this.json(id), outboxMessageSchema).catch(() => null);
    if (message === null) throw new HostFailure('notFound', 'mailNotFound');
    return message;
  }

  bundle(id: string): Promise<Uint8Array> {
    return this.fs.readFile(this.zip(id));
  }

  /** After sending, the copy goes (the bundle stays in sent/ until a receipt covers it); the JSON stays as a record. */
  async dropBundle(id: string): Promise<void> {
    await this.fs.unlink(this.zip(id)).catch(() => undefined);
  }

  remove(id: string): Promise<void> {
    return this.serial(async () => {
      await this.fs.unlink(this.json(id));
      await this.dropBundle(id);
    });
  }
}
