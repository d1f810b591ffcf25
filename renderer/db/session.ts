import type { IdentityKeys } from '../../shared/crypto/identity-key';
import type { AuthorityRole, AuthoritySigner } from '../../shared/exchange/authority';
import { type Permission, permissionsOf, type Role, type UserSummary } from '../../shared/model';
import { StoreError } from './errors';

/**
 * The keys a session unlocked: the office key (HMAC, from the data key every user holds), for a
 * holder of `case.identify` only, the identity keys by generation, and the authority keys the user's
 * roles entitle them to (Ed25519, sign only). All non-extractable CryptoKeys.
 */
export type SessionKeys = {
  office: CryptoKey;
  identity: ReadonlyMap<number, IdentityKeys>;
  authority?: ReadonlyMap<AuthorityRole, CryptoKey>;
};

/**
 * Who is signed in and the keys they unlocked, held only here, in memory; `lock()` drops them,
 * after which anything needing them fails with `locked`.
 */
export class Session {
  readonly user: UserSummary;
  readonly permissions: ReadonlySet<Permission>;
  #keys: SessionKeys | null;

  constructor(user: UserSummary, keys: SessionKeys) {
    this.user = user;
    this.permissions = permissionsOf(user.roles);
    this.#keys = keys;
  }

  get locked(): boolean {
    return this.#keys === null;
  }

  can(permission: Permission): boolean {
    return !this.locked && this.permissions.has(permission);
  }

  hasRole(role: Role): boolean {
    return this.user.roles.includes(role);
  }

  /** Throws `locked` after auto-lock, `forbidden` when no role of the user grants `permission`. */
  require(permission: Permission): void {
    if (this.locked) throw new StoreError('locked');
    if (!this.permissions.has(permission)) throw new StoreError('forbidden', { detail: permission });
  }

  keys(): SessionKeys {
    if (this.#keys === null) throw new StoreError('locked');
    return this.#keys;
  }

  /** The identity keys of generation `g`; `forbidden` for a session that does not hold them. */
  identity(g: number): IdentityKeys {
    const keys = this.keys().identity.get(g);
    if (keys === undefined) throw new StoreError('forbidden', { detail: 'case.identify' });
    return keys;
  }

  /** The newest generation this session holds (what it seals with), or null. */
  get newestGeneration(): number | null {
    const gens = [...this.keys().identity.keys()];
    return gens.length === 0 ? null : Math.max(...gens);
  }

  /** Signs main's proofs for trust changes with this session's authority keys; null once locked. */
  authoritySigner(): AuthoritySigner {
    return {
      userId: this.user.id,
      username: this.user.username,
      sign: async (role, message) => {
        const key = this.#keys?.authority?.get(role);
        if (key === undefined) return null;
        return new Uint8Array(
          await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, key, new Uint8Array(message)),
        );
      },
    };
  }

  /** Whether this session holds the authority key of `role`. */
  holdsAuthority(role: AuthorityRole): boolean {
    return this.#keys?.authority?.has(role) === true;
  }

  lock(): void {
    this.#keys = null;
  }
}
