/**
 * Minisign files, composed on @noble's Ed25519 and BLAKE2b (no primitive is written here).
 *
 * Public key (`signing.pub`), two lines:
 *   untrusted comment: minisign public key <KEYID>
 *   base64("Ed" ‖ keyId[8] ‖ ed25519PublicKey[32])
 * Secret key (`signing.key`), minisign's unencrypted form (what `minisign -G -W` writes):
 *   untrusted comment: <text>
 *   base64("Ed" ‖ kdf "\0\0" ‖ "B2" ‖ salt[32]=0 ‖ opslimit[8]=0 ‖ memlimit[8]=0 ‖
 *          keyId[8] ‖ seed[32] ‖ ed25519PublicKey[32] ‖ BLAKE2b-256("Ed" ‖ keyId ‖ seed ‖ pk))
 * Signature (`*.minisig`), prehashed "ED" variant only (minisign's default since 0.8):
 *   untrusted comment: <text>
 *   base64("ED" ‖ keyId[8] ‖ Ed25519(BLAKE2b-512(message)))
 *   trusted comment: <text>
 *   base64(Ed25519(signature[64] ‖ trustedComment))
 * KEYID is the key id read as a little-endian u64, in upper-case hex — as minisign prints it.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { concatBytes, equalBytes, fromBase64, toBase64, toHex, utf8 } from './bytes';

export interface MinisignPublicKey {
  /** 8 bytes as stored in files. */
  keyId: Uint8Array;
  publicKey: Uint8Array;
}

export interface MinisignSecretKey extends MinisignPublicKey {
  seed: Uint8Array;
}

const SIG_ALG = utf8('Ed');
const SIG_ALG_HASHED = utf8('ED');
const CHK_ALG = utf8('B2');
const UNTRUSTED = 'untrusted comment: ';
const TRUSTED = 'trusted comment: ';

export class MinisignFormatError extends Error {
  override name = 'MinisignFormatError';
}

/** Key id as minisign prints it (little-endian u64, upper-case hex), e.g. `6D7D5260E6FE1ABF`. */
export const keyIdText = (keyId: Uint8Array): string => toHex(keyId.slice().reverse()).toUpperCase();

export function generateMinisignKey(): MinisignSecretKey {
  const seed = ed25519.utils.randomSecretKey();
  const keyId = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return { keyId, seed, publicKey: ed25519.getPublicKey(seed) };
}

export const publicPart = (key: MinisignSecretKey): MinisignPublicKey => ({
  keyId: key.keyId,
  publicKey: key.publicKey,
});

/** The base64 line alone — what `minisign -P` takes and what the fingerprint is computed from. */
export const publicKeyLine = (key: MinisignPublicKey): string =>
  toBase64(concatBytes(SIG_ALG, key.keyId, key.publicKey));

export const formatPublicKey = (key: MinisignPublicKey): string =>
  `${UNTRUSTED}minisign public key ${keyIdText(key.keyId)}\n${publicKeyLine(key)}\n`;

/** Accepts a whole `.pub` file or the bare base64 line. */
export function parsePublicKey(text: string): MinisignPublicKey {
  const lines = nonEmptyLines(text);
  const line = lines[0]?.startsWith(UNTRUSTED) ? lines[1] : lines[0];
  const raw = line === undefined ? null : fromBase64(line);
  if (raw === null || raw.length !== 42 || !equalBytes(raw.subarray(0, 2), SIG_ALG)) {
    throw new MinisignFormatError('not a minisign public key');
  }
  return { keyId: raw.slice(2, 10), publicKey: raw.slice(10, 42) };
}

const secretChecksum = (keyId: Uint8Array, seed: Uint8Array, publicKey: Uint8Array): Uint8Array =>
  blake2b(concatBytes(SIG_ALG, keyId, seed, publicKey), { dkLen: 32 });

export function formatSecretKey(key: MinisignSecretKey): string {
  const body = concatBytes(
    SIG_ALG,
    new Uint8Array(2), // no KDF: the file itself is protected by its mode and, in the app, by the SecretStore
    CHK_ALG,
    new Uint8Array(32 + 8 + 8),
    key.keyId,
    key.seed,
    key.publicKey,
    secretChecksum(key.keyId, key.seed, key.publicKey),
  );
  return `${UNTRUSTED}minisign unencrypted secret key\n${toBase64(body)}\n`;
}

/** Reads an unencrypted minisign secret key (ours or `minisign -G -W`); password-protected keys are refused. */
export function parseSecretKey(text: string): MinisignSecretKey {
  const line = nonEmptyLines(text)[1];
  const raw = line === undefined ? null : fromBase64(line);
  if (raw === null || raw.length !== 158 || !equalBytes(raw.subarray(0, 2), SIG_ALG)) {
    throw new MinisignFormatError('not a minisign secret key');
  }
  if (!equalBytes(raw.subarray(2, 4), new Uint8Array(2))) {
    throw new MinisignFormatError('password-protected minisign keys are not supported');
  }
  if (!equalBytes(raw.subarray(4, 6), CHK_ALG)) throw new MinisignFormatError('unknown checksum algorithm');
  const keyId = raw.slice(54, 62);
  const seed = raw.slice(62, 94);
  const publicKey = raw.slice(94, 126);
  const checksum = raw.subarray(126, 158);
  // minisign -W leaves the checksum zero; when present it must match.
  const zero = checksum.every((b) => b === 0);
  if (!zero && !equalBytes(checksum, secretChecksum(keyId, seed, publicKey))) {
    throw new MinisignFormatError('secret key checksum mismatch');
  }
  if (!equalBytes(ed25519.getPublicKey(seed), publicKey)) {
    throw new MinisignFormatError('secret key does not match its public key');
  }
  return { keyId, seed, publicKey };
}

/** Signs in the prehashed "ED" form; comments must be single lines. */
export function signMinisign(
  message: Uint8Array,
  key: MinisignSecretKey,
  trustedComment: string,
  untrustedComment = 'signature from Bình An',
): string {
  if (/[\r\n]/.test(trustedComment) || /[\r\n]/.test(untrustedComment)) {
    throw new MinisignFormatError('comments must be one line');
  }
  const signature = ed25519.sign(blake2b(message, { dkLen: 64 }), key.seed);
  const global = ed25519.sign(concatBytes(signature, utf8(trustedComment)), key.seed);
  return (
    `${UNTRUSTED}${untrustedComment}\n${toBase64(concatBytes(SIG_ALG_HASHED, key.keyId, signature))}\n` +
    `${TRUSTED}${trustedComment}\n${toBase64(global)}\n`
  );
}

export interface ParsedSignature {
  keyId: Uint8Array;
  signature: Uint8Array;
  trustedComment: string;
  globalSignature: Uint8Array;
}

export function parseSignature(text: string): ParsedSignature {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const [untrusted, sigLine, trusted, globalLine] = lines;
  if (!untrusted?.startsWith(UNTRUSTED) || !trusted?.startsWith(TRUSTED)) {
    throw new MinisignFormatError('not a minisign signature');
  }
  const sig = sigLine === undefined ? null : fromBase64(sigLine);
  const global = globalLine === undefined ? null : fromBase64(globalLine);
  if (sig === null || sig.length !== 74 || global === null || global.length !== 64) {
    throw new MinisignFormatError('not a minisign signature');
  }
  if (!equalBytes(sig.subarray(0, 2), SIG_ALG_HASHED)) {
    throw new MinisignFormatError('only prehashed (ED) minisign signatures are accepted');
  }
  if (lines.slice(4).some((l) => l !== '')) throw new MinisignFormatError('trailing data after signature');
  return {
    keyId: sig.slice(2, 10),
    signature: sig.slice(10),
    trustedComment: trusted.slice(TRUSTED.length),
    globalSignature: global,
  };
}

/** Checks both the message signature and the trusted-comment signature, as `minisign -V` does. */
export function verifyMinisign(message: Uint8Array, sig: ParsedSignature, key: MinisignPublicKey): boolean {
  if (!equalBytes(sig.keyId, key.keyId)) return false;
  const opts = { zip215: false };
  return (
    ed25519.verify(sig.signature, blake2b(message, { dkLen: 64 }), key.publicKey, opts) &&
    ed25519.verify(
      sig.globalSignature,
      concatBytes(sig.signature, utf8(sig.trustedComment)),
      key.publicKey,
      opts,
    )
  );
}

function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
