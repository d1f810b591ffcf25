import type { SessionKeys } from '../../shared/crypto/data-key';
import { type Permission, permissionsOf, type Role, type UserSummary } from '../../shared/model';
import { StoreError } from './errors';

/**
 * Who is signed in and the keys they unlocked. The keys are non-extractable CryptoKeys held only
 * here, in memory; `lock()` drops them, after which anything needing them fails with `locked`.
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

  lock(): void {
    this.#keys = null;
  }
}
