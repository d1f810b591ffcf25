import type { HostApi } from '../host-api';
import { type AuthorityPublicKeys, type AuthoritySigner, isGuardedChannel, withProof } from './authority';

/** Where the current signer and the store's authority public keys come from (the session, a test). */
export interface AuthoritySource {
  signer(): AuthoritySigner | null;
  publicKeys(): AuthorityPublicKeys | null;
}

type Method = (input?: unknown) => Promise<unknown>;

/**
 * The host API with proofs: every guarded call gets a fresh proof from the current signer (none when
 * nobody who holds the key is signed in — main then refuses it), and keys.create / keys.unlock carry
 * the authority public keys so main can adopt its verifier. Nothing else changes.
 */
export function withAuthority(api: HostApi, source: AuthoritySource): HostApi {
  const out: Record<string, Readonly<Record<string, Method>>> = {};
  for (const [area, methods] of Object.entries(api as unknown as Record<string, Record<string, Method>>)) {
    const copy: Record<string, Method> = { ...methods };
    for (const [verb, inner] of Object.entries(methods)) {
      const channel = `${area}:${verb}`;
      if (isGuardedChannel(channel)) {
        copy[verb] = async (input) => {
          const signer = source.signer();
          const plain = typeof input === 'object' && input !== null ? input : null;
          return inner(signer === null || plain === null ? input : await withProof(signer, channel, plain));
        };
      } else if (channel === 'keys:create' || channel === 'keys:unlock') {
        copy[verb] = (input) => {
          const authority = source.publicKeys();
          return inner(
            authority === null || typeof input !== 'object' || input === null
              ? input
              : { ...input, authority },
          );
        };
      }
    }
    out[area] = Object.freeze(copy);
  }
  return Object.freeze(out) as unknown as HostApi;
}
