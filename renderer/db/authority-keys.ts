import { ed25519 } from '@noble/curves/ed25519.js';
import { ageDecrypt, ageEncrypt } from '../../shared/bundle/age';
import { own } from '../../shared/crypto/bytes';
import { openKeyBox } from '../../shared/crypto/identity-key';
import {
  AUTHORITY_ROLES,
  type AuthorityPublicKeys,
  type AuthorityRole,
  toBase64,
} from '../../shared/exchange/authority';
import { permissionsOf, type UserRecord } from '../../shared/model';
import type { BinhAnDb } from './database';
import { type Keyring, KV, readKeyring, userBoxAad } from './keyring';

/**
 * The office's two authority keys (shared/exchange/authority.ts): Ed25519 seeds, stored only
 * age-encrypted — to each entitled user's key box (`user.authorityKeys[role]`) and to the recovery
 * box (`keyring.authority.wrapped`); main keeps the public halves. Sessions hold them as
 * non-extractable WebCrypto keys that can sign and nothing else. Internal to renderer/db/.
 */

/** Raw seeds by role; zero them after use. */
export type RawAuthority = Map<AuthorityRole, Uint8Array>;
/** What a session signs with. */
export type AuthorityKeys = ReadonlyMap<AuthorityRole, CryptoKey>;

export const wipeAuthority = (raw: RawAuthority): void => {
  for (const seed of raw.values()) seed.fill(0);
};

/** admin: administrators; exchange: whoever holds `exchange.run`. */
export function authorityRolesOf(user: Pick<UserRecord, 'roles' | 'active'>): AuthorityRole[] {
  if (!user.active) return [];
  const out: AuthorityRole[] = [];
  if (user.roles.includes('administrator')) out.push('admin');
  if (permissionsOf(user.roles).has('exchange.run')) out.push('exchange');
  return out;
}

export function newAuthority(): { raw: RawAuthority; publicKeys: AuthorityPublicKeys } {
  const raw: RawAuthority = new Map(AUTHORITY_ROLES.map((role) => [role, ed25519.utils.randomSecretKey()]));
  return { raw, publicKeys: publicKeysOf(raw) };
}

function publicKeysOf(raw: RawAuthority): AuthorityPublicKeys {
  const pub = (role: AuthorityRole) => {
    const seed = raw.get(role);
    if (seed === undefined) throw new Error(`authority key ${role} missing`);
    return toBase64(ed25519.getPublicKey(seed));
  };
  return { admin: pub('admin'), exchange: pub('exchange') };
}

const b64url = (bytes: Uint8Array) =>
  toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Non-extractable Ed25519 signing keys from raw seeds (JWK import). */
export async function signingKeysFrom(raw: RawAuthority): Promise<AuthorityKeys> {
  const out = new Map<AuthorityRole, CryptoKey>();
  for (const [role, seed] of raw) {
    const jwk: JsonWebKey = {
      kty: 'OKP',
      crv: 'Ed25519',
      d: b64url(seed),
      x: b64url(ed25519.getPublicKey(seed)),
    };
    out.set(role, await globalThis.crypto.subtle.importKey('jwk', jwk, { name: 'Ed25519' }, false, ['sign']));
  }
  return out;
}

/** The seeds of `roles` present in `raw`, each age-encrypted to `recipient`. */
export async function wrapAuthority(
  raw: RawAuthority,
  roles: readonly AuthorityRole[],
  recipient: string,
): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const role of roles) {
    const seed = raw.get(role);
    if (seed !== undefined) out[role] = await ageEncrypt(seed, recipient);
  }
  return out;
}

/** The seeds an age identity opens. */
export async function openAuthority(
  wrapped: Record<string, Uint8Array> | undefined,
  ageIdentity: string,
): Promise<RawAuthority> {
  const out: RawAuthority = new Map();
  for (const role of AUTHORITY_ROLES) {
    const sealed = wrapped?.[role];
    if (sealed !== undefined) out.set(role, await ageDecrypt(own(sealed), ageIdentity));
  }
  return out;
}

/** A user's own seeds, opened with their passphrase key. */
export async function userAuthority(user: UserRecord, kek: CryptoKey): Promise<RawAuthority> {
  if (user.box === undefined || user.authorityKeys === undefined) return new Map();
  return openAuthority(user.authorityKeys, await openKeyBox(kek, user.box, userBoxAad(user.id)));
}

/** The seeds the recovery box opens (`recoveryKek` from the recovery key). */
export async function recoveryAuthority(
  keyring: Keyring,
  recoveryKek: CryptoKey,
  aad: string,
): Promise<RawAuthority> {
  if (keyring.box === undefined || keyring.authority === undefined) return new Map();
  return openAuthority(keyring.authority.wrapped, await openKeyBox(recoveryKek, keyring.box, aad));
}

/** `user` with exactly the wrappings its roles entitle it to (given what `raw` holds to add). */
async function entitled(
  user: UserRecord,
  raw: RawAuthority,
): Promise<{ next: UserRecord; added: boolean } | null> {
  const roles = authorityRolesOf(user);
  const held = user.authorityKeys ?? {};
  const keep: Record<string, Uint8Array> = {};
  for (const role of roles) {
    const existing = held[role];
    if (existing !== undefined) keep[role] = existing;
  }
  const missing = roles.filter((role) => held[role] === undefined && raw.has(role));
  const added = user.box === undefined ? {} : await wrapAuthority(raw, missing, user.box.recipient);
  const next = { ...keep, ...added };
  const same =
    Object.keys(next).length === Object.keys(held).length &&
    Object.keys(next).every((r) => held[r] === next[r]);
  if (same) return null;
  const { authorityKeys: _old, ...rest } = user;
  const added_ = Object.keys(added).length > 0;
  return { next: Object.keys(next).length === 0 ? rest : { ...rest, authorityKeys: next }, added: added_ };
}

/**
 * At an entitled user's sign-in: their signing keys. An administrator of an office that has no
 * authority keys yet creates them here (wrapped for every entitled user and the recovery key); an
 * administrator also hands the keys to users whose roles now entitle them and takes them from users
 * whose roles no longer do. Returns the keys and the users that got keys (for the audit log).
 */
export async function authorityAtLogin(
  db: BinhAnDb,
  user: UserRecord,
  kek: CryptoKey,
): Promise<{ keys: AuthorityKeys; granted: string[] }> {
  const roles = authorityRolesOf(user);
  if (roles.length === 0) return { keys: new Map(), granted: [] };
  const keyring = await readKeyring(db);
  let raw = await userAuthority(user, kek);
  let created: Keyring['authority'] | undefined;
  try {
    if (keyring !== null && keyring.authority === undefined && roles.includes('admin')) {
      const fresh = newAuthority();
      wipeAuthority(raw);
      raw = fresh.raw;
      created = {
        publicKeys: fresh.publicKeys,
        wrapped:
          keyring.box === undefined ? {} : await wrapAuthority(raw, AUTHORITY_ROLES, keyring.box.recipient),
      };
    }
    const granted: string[] = [];
    if (raw.has('admin')) {
      const users = await db.users.toArray();
      const updates: UserRecord[] = [];
      for (const u of users) {
        const change = await entitled(u, raw);
        if (change === null) continue;
        updates.push(change.next);
        if (change.added) granted.push(u.id);
      }
      await db.transaction('rw', db.users, db.kv, async () => {
        if (created !== undefined) {
          const current = await readKeyring(db);
          if (current === null || current.authority !== undefined) throw new Error('authority keys raced');
          await db.kv.put({ key: KV.keyring, value: { ...current, authority: created } });
        }
        if (updates.length > 0) await db.users.bulkPut(updates);
      });
    }
    return { keys: await signingKeysFrom(raw), granted };
  } finally {
    wipeAuthority(raw);
  }
}

/** The public halves main should hold, from the keyring (null before the first administrator's sign-in). */
export async function authorityPublicKeys(db: BinhAnDb): Promise<AuthorityPublicKeys | null> {
  return (await readKeyring(db))?.authority?.publicKeys ?? null;
}
