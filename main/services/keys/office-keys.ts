import {
  type AgeKeyPair,
  formatAgeIdentityFile,
  formatPublicKey,
  formatSecretKey,
  generateAgeKey,
  generateMinisignKey,
  keyFingerprint,
  keyIdText,
  type MinisignSecretKey,
  publicKeyLine,
  publicPart,
} from '../../../shared/bundle/index';

/** An office's (or the province's) two keys: Ed25519 to sign bundles, age X25519 to receive them. */
export interface OfficeKeys {
  signing: MinisignSecretKey;
  age: AgeKeyPair;
}

export interface PublicKeys {
  /** The minisign public key file. */
  signingPublicKey: string;
  signingKeyId: string;
  /** `age1…` */
  ageRecipient: string;
  /** Read aloud over the phone before a key is approved. */
  signingFingerprint: string;
  ageFingerprint: string;
}

export async function generateOfficeKeys(): Promise<OfficeKeys> {
  return { signing: generateMinisignKey(), age: await generateAgeKey() };
}

export const publicKeysOf = (keys: OfficeKeys): PublicKeys => ({
  signingPublicKey: formatPublicKey(publicPart(keys.signing)),
  signingKeyId: keyIdText(keys.signing.keyId),
  ageRecipient: keys.age.recipient,
  signingFingerprint: keyFingerprint(publicKeyLine(keys.signing)),
  ageFingerprint: keyFingerprint(keys.age.recipient),
});

/** The four files `binhan keygen` writes; the secret ones must be written with mode 0600. */
export const keyFiles = (keys: OfficeKeys, createdAt: Date) => ({
  'signing.pub': { text: formatPublicKey(publicPart(keys.signing)), secret: false },
  'signing.key': { text: formatSecretKey(keys.signing), secret: true },
  'age.pub': { text: `${keys.age.recipient}\n`, secret: false },
  'age.key': { text: formatAgeIdentityFile(keys.age, createdAt.toISOString()), secret: true },
});
