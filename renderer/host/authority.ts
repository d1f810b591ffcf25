import type { AuthorityPublicKeys, AuthoritySigner } from '../../shared/exchange/authority';
import type { AuthoritySource } from '../../shared/exchange/authority-client';

let current: { signer: AuthoritySigner | null; publicKeys: AuthorityPublicKeys | null } = {
  signer: null,
  publicKeys: null,
};

/**
 * Who signs main's proofs now (the signed-in session) and the office's authority public keys; set by
 * the exchange's key sync on sign-in, cleared on lock and sign-out.
 */
export function setHostAuthority(next: typeof current): void {
  current = next;
}

export const hostAuthority: AuthoritySource = {
  signer: () => current.signer,
  publicKeys: () => current.publicKeys,
};
