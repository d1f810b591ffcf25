/** Size limits applied while reading a bundle, before anything is inflated, decrypted or parsed. */
export interface BundleLimits {
  /** The whole zip file. */
  maxBundleBytes: number;
  maxManifestBytes: number;
  maxSignatureBytes: number;
  /** payload.age as stored. */
  maxPayloadBytes: number;
  /** The gunzipped JSON inside payload.age (V8 strings stop near 512 MiB). */
  maxPlainBytes: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxBundleBytes: 512 * 1024 * 1024,
  maxManifestBytes: 64 * 1024,
  maxSignatureBytes: 16 * 1024,
  maxPayloadBytes: 512 * 1024 * 1024,
  maxPlainBytes: 400 * 1024 * 1024,
};
