import path from 'node:path';
import { z } from 'zod';
import { type ImapSettings, imapSettingsSchema } from '../../../shared/exchange/mail-contract';
import { HostFailure } from '../../../shared/host/result';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import type { KeySession } from '../exchange/key-session';
import type { FileSystem } from '../fs/file-system';
import { isLoopbackHost } from './loopback';

const fileSchema = z.strictObject({ v: z.literal(1), settings: imapSettingsSchema });
const PASSWORD = 'imap-password';

/**
 * mail/imap.json for the mailbox to read; the password only in the SecretStore, never returned. An
 * IMAP login always sends the password, so a connection without TLS is allowed to this computer only.
 */
export class ImapSettingsStore {
  private readonly file: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly session: KeySession,
  ) {
    this.file = path.join(dir, 'imap.json');
  }

  async get(): Promise<ImapSettings | null> {
    return (await readJsonFile(this.fs, this.file, fileSchema))?.settings ?? null;
  }

  async view() {
    const settings = await this.get();
    if (settings === null) return null;
    const passwordSet =
      this.session.isUnlocked() && (await this.session.require().store.get(PASSWORD)) !== null;
    return { ...settings, passwordSet };
  }

  /** Needs the keys unlocked; null when none is stored. */
  async password(): Promise<string | null> {
    const stored = await this.session.require().store.get(PASSWORD);
    return stored === null ? null : new TextDecoder().decode(stored);
  }

  async save(settings: ImapSettings, password: string | undefined) {
    const { store } = this.session.require();
    if (settings.security === 'none' && !isLoopbackHost(settings.host)) {
      throw new HostFailure('invalidInput', 'plainPassword');
    }
    await this.fs.mkdir(this.dir, 0o700);
    if (password === '') await store.delete(PASSWORD);
    else if (password !== undefined) await store.set(PASSWORD, new TextEncoder().encode(password));
    await writeJsonFile(this.fs, this.file, { v: 1, settings });
    return { ...settings, passwordSet: (await store.get(PASSWORD)) !== null };
  }
}
