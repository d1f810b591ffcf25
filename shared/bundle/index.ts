/** The bundle format (ARCHITECTURE.md, Exchange): one import point for main and the renderer. */
export * from './age.ts';
export { canonicalJson } from './canonical-json.ts';
export { keyFingerprint } from './fingerprint.ts';
export { sha256Hex } from './hash.ts';
export * from './limits.ts';
export * from './manifest.ts';
export * from './minisign.ts';
export { type BundleRecords, recordsSchema } from './payload.ts';
export * from './read-bundle.ts';
export * from './rejection.ts';
export * from './write-bundle.ts';
export { ENTRY_NAMES, isUnsafeEntryName, MANIFEST_ENTRY, PAYLOAD_ENTRY, SIGNATURE_ENTRY } from './zip.ts';
