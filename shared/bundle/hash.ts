import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { toHex } from './bytes';

/** SHA-256 as lowercase hex — the form `sha256sum` prints, so province IT can compare by eye. */
export const sha256Hex = (bytes: Uint8Array): string => toHex(nobleSha256(bytes));

export const sha256 = (bytes: Uint8Array): Uint8Array => nobleSha256(bytes);
