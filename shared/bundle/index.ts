/** The bundle format (ARCHITECTURE.md, Exchange): one import point for main and the renderer. */
export * from './age';
export { canonicalJson } from './canonical-json';
export { keyFingerprint } from './fingerprint';
export { sha256Hex } from './hash';
export * from './limits';
export * from './manifest';
export * from './minisign';
export { type BundleRecords, recordsSchema } from './payload';
export * from './read-bundle';
export * from './rejection';
export * from './write-bundle';
export { ENTRY_NAMES, isUnsafeEntryName, MANIFEST_ENTRY, PAYLOAD_ENTRY, SIGNATURE_ENTRY } from './zip';
