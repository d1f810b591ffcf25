import path from 'node:path';
import { z } from 'zod';
import { type SmtpSettings, smtpSettingsSchema } from '../../../shared/exchange/mail-contract';
import { HostFailure } from '../../../shared/host/result';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import type { KeySession } from '../exchange/key-session';
import type { FileSystem } from '../fs/file-system';

const fileSchema = z.strictObject({ v: z.literal(1), settings: smtpSettingsSchema });
const PASSWORD = 'smtp-password';

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** mail/settings.json for the server and addresses; the password only in the SecretStore, never returned. */
export class MailSettings {
  private readonly file: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly session: KeySession,
  ) {
    this.file = path.join(dir, 'settings.json');
  }

  async get(): Promise<SmtpSettings | null> {
    return (await readJsonFile(this.fs, this.file, fileSchema))?.settings ?? null;
  }

  async view() {
    const settings = await this.get();
    if (settings === null) return null;
    return { ...settings, passwordSet: await this.hasPassword() };
  }

  private async hasPassword(): Promise<boolean> {
    if (!this.session.isUnlocked()) return false;
    return (await this.session.require().store.get(PASSWORD)) !== null;
  }

  /** The password for the pump; null when none is stored. Needs the keys unlocked. */
  async password(): Promise<string | null> {
    const stored = await this.session.require().store.get(PASSWORD);
    return stored === null ? null : new TextDecoder().decode(stored);
  }

  async save(settings: SmtpSettings, password: string | undefined) {
    const { store } = this.session.require();
    const willHavePassword = password === undefined ? await this.hasPassword() : password !== '';
    if (settings.security === 'none' && willHavePassword && !isLoopback(settings.host)) {
      throw new HostFailure('invalidInput', 'plainPassword');
    }
    await this.fs.mkdir(this.dir, 0o700);
    if (password === '') await store.delete(PASSWORD);
    else if (password !== undefined) await store.set(PASSWORD, new TextEncoder().encode(password));
    await writeJsonFile(this.fs, this.file, { v: 1, settings });
    return { ...settings, passwordSet: willHavePassword };
  }
}
