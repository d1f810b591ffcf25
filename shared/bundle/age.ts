/** age (X25519) through age-encryption (typage): one recipient per payload, the province's. */
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

/** Native X25519 only: `age1` + 58 bech32 characters. Post-quantum or plugin recipients are refused. */
export const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
export const AGE_IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

export interface AgeKeyPair {
  identity: string;
  recipient: string;
}

export async function generateAgeKey(): Promise<AgeKeyPair> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export const ageRecipientOf = (identity: string): Promise<string> =>
  identityToRecipient(parseAgeIdentity(identity));

/** Formats an identity file as age-keygen does, so `age -d -i age.key` reads it. */
export const formatAgeIdentityFile = (key: AgeKeyPair, createdAt: string): string =>
  `# created: ${createdAt}\n# public key: ${key.recipient}\n${key.identity}\n`;

/** The one `AGE-SECRET-KEY-1…` line of an identity file (comments allowed, nothing else). */
export function parseAgeIdentity(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const [line, ...rest] = lines;
  if (line === undefined || rest.length > 0 || !AGE_IDENTITY.test(line)) {
    throw new TypeError('not an age X25519 identity file');
  }
  return line;
}

export function parseAgeRecipient(text: string): string {
  const line = text.trim();
  if (!AGE_RECIPIENT.test(line)) throw new TypeError('not an age X25519 recipient');
  return line;
}

export async function ageEncrypt(plain: Uint8Array, recipient: string): Promise<Uint8Array> {
  const e = new Encrypter();
  e.addRecipient(parseAgeRecipient(recipient));
  return e.encrypt(plain);
}

export async function ageDecrypt(cipher: Uint8Array, identity: string): Promise<Uint8Array> {
  const d = new Decrypter();
  d.addIdentity(parseAgeIdentity(identity));
  return d.decrypt(cipher);
}
