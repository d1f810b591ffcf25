import { Decrypter, Encrypter } from 'age-encryption';
import { formatAgeIdentityFile, generateAgeKey, parseAgeIdentity } from '../bundle/age';
import { formatRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { BACKUP_KEY_SCRYPT_LOG_N } from './backup-format';

/**
 * The backup key: an age X25519 key pair made once per office. Its identity file travels in every
 * backup as backup-key.age, encrypted with age's passphrase recipient under the recovery key in its
 * printed form (13 groups of four, dashes, capitals), so `age -d backup-key.age` opens it when IT types
 * the key as printed. Whatever spelling a person types is normalised to that form first.
 */
export interface BackupKey {
  recipient: string;
  /** backup-key.age */
  keyFile: Uint8Array;
}

/** The passphrase age sees: the recovery key as printed; null when what was typed is no recovery key. */
export function backupPassphrase(typedRecoveryKey: string): string | null {
  const bits = parseRecoveryKey(typedRecoveryKey);
  if (bits === null) return null;
  const printed = formatRecoveryKey(bits);
  bits.fill(0);
  return printed;
}

export async function newBackupKey(typedRecoveryKey: string, createdAt: string): Promise<BackupKey> {
  const passphrase = backupPassphrase(typedRecoveryKey);
  if (passphrase === null) throw new TypeError('not a recovery key');
  const pair = await generateAgeKey();
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(BACKUP_KEY_SCRYPT_LOG_N);
  const keyFile = await e.encrypt(formatAgeIdentityFile(pair, createdAt));
  return { recipient: pair.recipient, keyFile };
}

/** The backup key's identity (`AGE-SECRET-KEY-1…`); null when the recovery key does not open it. */
export async function openBackupKey(keyFile: Uint8Array, typedRecoveryKey: string): Promise<string | null> {
  const passphrase = backupPassphrase(typedRecoveryKey);
  if (passphrase === null) return null;
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  try {
    return parseAgeIdentity(await d.decrypt(keyFile, 'text'));
  } catch {
    return null;
  }
}
