import { uuidv7 } from 'uuidv7';
import { randomBytes } from '../../../shared/crypto/bytes';
import {
  newDataKey,
  PBKDF2_ITERATIONS,
  passphraseKey,
  recoveryWrappingKey,
  sessionKeysFrom,
  wrapDataKey,
} from '../../../shared/crypto/data-key';
import { identityKeysFrom, newIdentityKey, newKeyBox } from '../../../shared/crypto/identity-key';
import { formatRecoveryKey, newRecoveryKey } from '../../../shared/crypto/recovery-key';
import { QUANG_NAM_PLAN_2021_2025 } from '../../../shared/data/quang-nam-plan';
import { SHIPPED_UNITS } from '../../../shared/data/shipped-units';
import { AUTHORITY_ROLES, type AuthorityPublicKeys } from '../../../shared/exchange/authority';
import {
  DEFAULT_SETTINGS,
  type OfficeProfileInput,
  officeProfileSchema,
  passphraseSchema,
  planFieldsSchema,
  type Settings,
  settingsSchema,
  type UserInput,
  type UserRecord,
  type UserSummary,
  unitFieldsSchema,
  userInputSchema,
  usernameSchema,
} from '../../../shared/model';
import {
  authorityAtLogin,
  authorityPublicKeys,
  authorityRolesOf,
  newAuthority,
  type RawAuthority,
  recoveryAuthority,
  signingKeysFrom,
  userAuthority,
  wipeAuthority,
  wrapAuthority,
} from '../authority-keys';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import {
  currentGeneration,
  holderGenerations,
  legacyVaultsExist,
  mayIdentify,
  type RawGenerations,
  sessionKeysFor,
  tryUnwrap,
  unlockRecovery,
  wipe,
  wrapGenerations,
} from '../identity-keys';
import {
  type Keyring,
  KV,
  RECOVERY_AAD,
  RECOVERY_BOX_AAD,
  readKeyring,
  userAad,
  userBoxAad,
} from '../keyring';
import { Session } from '../session';
import { delayAfter, readThrottle, waitRemaining } from './throttle';

export const summaryOf = (user: UserRecord): UserSummary => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles,
  active: user.active,
  createdAt: user.createdAt,
});

type Listener = (session: Session | null) => void;

/** A user who may identify survivors but holds no copy of generation `g` (0 needs none: it is the data key). */
const lacksKey = (user: UserRecord, g: number): boolean =>
  mayIdentify(user) && g > 0 && user.identityKeys?.[String(g)] === undefined;

/** What opens the identity key for a grant or a rotation: a holder's own passphrase, or the recovery key. */
export type IdentityUnlock = { recoveryKey: string } | { username: string; passphrase: string };

/**
 * First-run setup, sign-in, lock and passphrases. The data key's raw bytes exist only inside these
 * methods, for the moment of wrapping; sessions hold derived non-extractable keys.
 */
export class AuthRepository {
  #listeners = new Set<Listener>();
  #beforeLock = new Set<() => void>();
  #idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly core: StoreCore) {
    core.onActivity = () => this.touch();
  }

  /** 'empty' before first-run setup, 'ready' after. */
  async status(): Promise<'empty' | 'ready'> {
    return (await this.core.db.kv.get(KV.office)) === undefined ? 'empty' : 'ready';
  }

  get session(): Session | null {
    return this.core.session;
  }

  /**
   * Runs `listener` synchronously just before the session locks or signs out, while its keys are
   * still held: for what must be written in the user's name first (a pending audited search).
   */
  onBeforeLock(listener: () => void): () => void {
    this.#beforeLock.add(listener);
    return () => this.#beforeLock.delete(listener);
  }

  #beforeEnd(): void {
    for (const listener of [...this.#beforeLock]) {
      try {
        listener();
      } catch {
        // A failing listener must never keep a session unlocked.
      }
    }
  }

  /** Subscribe to sign-in, lock and sign-out; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * First run: the office, its first administrator, the data key and the recovery key. Returns the
   * recovery key once, formatted for printing; it is never stored in readable form.
   */
  async setup(input: {
    office: OfficeProfileInput;
    admin: Omit<UserInput, 'roles'> & { roles?: UserInput['roles'] };
  }): Promise<{ recoveryKey: string; session: Session }> {
    if ((await this.status()) === 'ready') throw new StoreError('alreadySetUp');
    const office = parseOrThrow(officeProfileSchema, input.office);
    const admin = parseOrThrow(userInputSchema, { roles: ['administrator'], ...input.admin });
    const units = SHIPPED_UNITS.map((unit) => parseOrThrow(unitFieldsSchema, unit));
    const plan = parseOrThrow(planFieldsSchema, QUANG_NAM_PLAN_2021_2025);

    const dataKey = newDataKey();
    const recovery = newRecoveryKey();
    // Generation 1 of the identity key: wrapped for the recovery key and, if a holder, the administrator.
    const identity: RawGenerations = new Map([[1, newIdentityKey()]]);
    // The authority keys main will check trust changes by: wrapped for the administrator and the recovery key.
    const authority = newAuthority();
    try {
      const userId = uuidv7();
      const user = await this.#newUser(userId, admin, dataKey, identity, authority.raw);
      const recoverySalt = randomBytes(16);
      const recoveryKek = await recoveryWrappingKey(recovery, recoverySalt);
      const box = await newKeyBox(recoveryKek, RECOVERY_BOX_AAD);
      const keyring: Keyring = {
        recoverySalt,
        recoveryWrapped: await wrapDataKey(recoveryKek, dataKey, RECOVERY_AAD),
        createdAt: new Date().toISOString(),
        box,
        identity: { current: 1, wrapped: await wrapGenerations(identity, box.recipient) },
        authority: {
          publicKeys: authority.publicKeys,
          wrapped: await wrapAuthority(authority.raw, AUTHORITY_ROLES, box.recipient),
        },
      };
      const signing = await signingKeysFrom(
        new Map([...authority.raw].filter(([role]) => authorityRolesOf(user).includes(role))),
      );
      const office_ = (await sessionKeysFrom(dataKey)).index;
      const held = new Map();
      if (mayIdentify(user)) for (const [g, key] of identity) held.set(g, await identityKeysFrom(key));
      const { db } = this.core;
      this.core.office = office;
      await this.core.write(['users', 'units', 'plans'], async (ctx) => {
        if ((await db.kv.get(KV.office)) !== undefined) throw new StoreError('alreadySetUp');
        await db.kv.bulkPut([
          { key: KV.office, value: office },
          { key: KV.settings, value: DEFAULT_SETTINGS },
          { key: KV.keyring, value: keyring },
        ]);
        await ctx.audit({ action: 'setup', kind: 'office', recordId: office.unitCode });
        await db.users.add(user);
        await ctx.audit({ action: 'userCreate', kind: 'users', recordId: userId });
        const seeded = await db.units.bulkGet(units.map((unit) => unit.code));
        await ctx.putMany(
          'units',
          units
            .filter((_, i) => seeded[i] === undefined)
            .map((unit) => ({ before: undefined, next: { ...unit, id: unit.code } })),
          { action: 'setup' },
        );
        await ctx.put('plans', undefined, { ...plan, id: uuidv7() }, { action: 'setup' });
      });
      const session = new Session(summaryOf(user), { office: office_, identity: held, authority: signing });
      this.#begin(session);
      return { recoveryKey: formatRecoveryKey(recovery), session };
    } catch (error) {
      this.core.office = null;
      throw error;
    } finally {
      dataKey.fill(0);
      recovery.fill(0);
      wipe(identity);
      wipeAuthority(authority.raw);
    }
  }

  /** How long `username` must still wait before a sign-in attempt (0 = now): the form shows it before anyone types. */
  async retryAfter(usernameInput: string): Promise<number> {
    const username = usernameSchema.safeParse(usernameInput).data ?? usernameInput.trim().toLowerCase();
    return waitRemaining(await readThrottle(this.core.db, username), Date.now());
  }

  /**
   * Signs in. Wrong passphrases are counted per user name and slow later attempts (see throttle.ts);
   * an unknown user name fails exactly like a wrong passphrase.
   */
  async login(usernameInput: string, passphrase: string): Promise<Session> {
    const { db } = this.core;
    const username = usernameSchema.safeParse(usernameInput).data ?? usernameInput.trim().toLowerCase();
    const throttle = await readThrottle(db, username);
    const wait = waitRemaining(throttle, Date.now());
    if (wait > 0) throw new StoreError('throttled', { retryAfterMs: wait });
    const user = await db.users.where('username').equals(username).first();
    const unlocked = user?.active === true ? await this.#tryUnwrap(user, passphrase) : null;
    if (user === undefined || unlocked === null) {
      const failures = throttle.failures + 1;
      await this.core.write([], async (ctx) => {
        await db.kv.put({ key: KV.throttle(username), value: { failures, lastFailureAt: Date.now() } });
        await ctx.audit({
          action: 'loginFailed',
          kind: 'users',
          recordId: user?.id ?? null,
          detail: String(failures),
        });
      });
      // The wait the next attempt faces, so the sign-in form can show it now rather than after a refusal.
      throw new StoreError('badCredentials', { retryAfterMs: delayAfter(failures) });
    }
    const { dataKey, kek } = unlocked;
    try {
      const { keys, updated } = await sessionKeysFor(db, user, kek, dataKey);
      await db.kv.delete(KV.throttle(username));
      if (updated !== null) await db.users.put(updated);
      const authority = await authorityAtLogin(db, updated ?? user, kek);
      const session = new Session(summaryOf(user), { ...keys, authority: authority.keys });
      this.#begin(session);
      await this.core.write([], async (ctx) => {
        await ctx.audit({ action: 'login', kind: 'users', recordId: user.id });
        for (const id of authority.granted)
          await ctx.audit({ action: 'keyGrant', kind: 'users', recordId: id, detail: 'authority' });
      });
      return session;
    } finally {
      dataKey.fill(0);
    }
  }

  /** Drops the keys from memory; the same user signs in again to continue. Audited (`idle` for auto-lock). */
  lock(reason: 'manual' | 'idle' = 'manual'): void {
    const session = this.core.session;
    if (session === null || session.locked) return;
    this.#beforeEnd();
    this.#recordEnd('lock', session, reason);
    session.lock();
    this.#stopTimer();
    this.#emit();
  }

  /** Signs out completely (audited). */
  logout(): void {
    const session = this.core.session;
    if (session !== null && !session.locked) {
      this.#beforeEnd();
      this.#recordEnd('logout', session, null);
    }
    session?.lock();
    this.core.session = null;
    this.#stopTimer();
    this.#emit();
  }

  /**
   * Writes the lock or sign-out into the audit log in the user's name. Not awaited: locking must be
   * immediate and synchronous; a failed write (the store closing) loses the entry, never the lock.
   */
  #recordEnd(action: 'lock' | 'logout', session: Session, detail: string | null): void {
    const actor = { userId: session.user.id, username: session.user.username };
    this.core
      .write([], (ctx) => ctx.audit({ action, kind: 'users', recordId: session.user.id, detail }), { actor })
      .catch(() => undefined);
  }

  /** Any user activity postpones auto-lock (the UI calls this on input; repositories on every call). */
  touch(): void {
    const session = this.core.session;
    if (session === null || session.locked) return;
    this.#stopTimer();
    this.#idleTimer = setTimeout(() => this.lock('idle'), this.core.settings.autoLockMinutes * 60_000);
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const session = this.core.session;
    if (session === null || session.locked) throw new StoreError('locked');
    const newPassphrase = parseOrThrow(passphraseSchema, next);
    const { db } = this.core;
    const user = await db.users.get(session.user.id);
    if (user === undefined) throw new StoreError('notFound');
    const unlocked = await this.#tryUnwrap(user, current);
    if (unlocked === null) throw new StoreError('badCredentials');
    const { dataKey, kek } = unlocked;
    const identity = await holderGenerations(user, kek);
    const authority = await userAuthority(user, kek);
    try {
      const updated = await this.#rewrap(user, dataKey, newPassphrase, identity, authority);
      await this.core.write(['users'], async (ctx) => {
        await db.users.put(updated);
        await ctx.audit({ action: 'passphraseChange', kind: 'users', recordId: user.id });
      });
    } finally {
      dataKey.fill(0);
      wipe(identity);
      wipeAuthority(authority);
    }
  }

  /**
   * Sets a new passphrase for `username` with the office's recovery key — for a forgotten
   * passphrase, including the last administrator's. Needs no session; the recovery key is the proof.
   */
  async resetWithRecoveryKey(recoveryKey: string, username: string, newPassphrase: string): Promise<void> {
    const passphrase = parseOrThrow(passphraseSchema, newPassphrase);
    const { db } = this.core;
    const { dataKey, identity, kek } = await unlockRecovery(this.core.db, recoveryKey);
    const keyring = await readKeyring(db);
    const authority: RawAuthority =
      keyring === null ? new Map() : await recoveryAuthority(keyring, kek, RECOVERY_BOX_AAD);
    try {
      const user = await db.users.where('username').equals(username.trim().toLowerCase()).first();
      if (user === undefined) throw new StoreError('notFound');
      // The old age box is sealed under the forgotten passphrase: a fresh one, and the identity and authority keys again.
      const updated = await this.#rewrap(user, dataKey, passphrase, identity, authority);
      await this.core.write(['users'], async (ctx) => {
        await db.users.put({ ...updated, active: true });
        await db.kv.delete(KV.throttle(user.username));
        await ctx.audit({ action: 'passphraseReset', kind: 'users', recordId: user.id });
      });
    } finally {
      dataKey.fill(0);
      wipe(identity);
      wipeAuthority(authority);
    }
  }

  /**
   * Adds a user. The new user's copy of the data key is wrapped from the administrator's own
   * passphrase (asked again here), because the session's keys are non-extractable by design. A new
   * holder of `case.identify` also needs the identity key: from `unlock` (a holder's passphrase or
   * the recovery key), or from the administrator when they are a holder themselves.
   */
  async createUser(input: UserInput, adminPassphrase: string, unlock?: IdentityUnlock): Promise<UserSummary> {
    const session = this.core.authorise('users.manage');
    const parsed = parseOrThrow(userInputSchema, input);
    const { db } = this.core;
    if ((await db.users.where('username').equals(parsed.username).count()) > 0) {
      throw new StoreError('invalid', {
        issues: [{ path: 'username', message: 'store.validation.usernameTaken' }],
      });
    }
    const admin = await db.users.get(session.user.id);
    const unlocked = admin === undefined ? null : await this.#tryUnwrap(admin, adminPassphrase);
    if (admin === undefined || unlocked === null) throw new StoreError('badCredentials');
    const identity = mayIdentify(parsed)
      ? await this.identityGenerations(unlock ?? { username: admin.username, passphrase: adminPassphrase })
      : new Map<number, Uint8Array>();
    const authority = await userAuthority(admin, unlocked.kek);
    try {
      const user = await this.#newUser(uuidv7(), parsed, unlocked.dataKey, identity, authority);
      await this.core.write(['users'], async (ctx) => {
        await db.users.add(user);
        await ctx.audit({
          action: 'userCreate',
          kind: 'users',
          recordId: user.id,
          detail: user.roles.join(','),
        });
        if (identity.size > 0) await ctx.audit({ action: 'keyGrant', kind: 'users', recordId: user.id });
        if (user.authorityKeys !== undefined)
          await ctx.audit({ action: 'keyGrant', kind: 'users', recordId: user.id, detail: 'authority' });
      });
      return summaryOf(user);
    } finally {
      unlocked.dataKey.fill(0);
      wipe(identity);
      wipeAuthority(authority);
    }
  }

  /**
   * Changes roles, name or active flag. The last active administrator cannot be removed. Giving a
   * user `case.identify` wraps the identity key for them, which needs `unlock`; taking it away
   * deletes their wrapping (rotate the key afterwards if they may have kept a copy).
   */
  async updateUser(
    id: string,
    patch: Partial<Pick<UserSummary, 'displayName' | 'roles' | 'active'>>,
    unlock?: IdentityUnlock,
  ): Promise<UserSummary> {
    this.core.authorise('users.manage');
    const { db } = this.core;
    const checked = parseOrThrow(userInputSchema.pick({ displayName: true, roles: true }).partial(), {
      displayName: patch.displayName,
      roles: patch.roles,
    });
    const current = await db.users.get(id);
    if (current === undefined) throw new StoreError('notFound');
    const roles = checked.roles ?? current.roles;
    // A new holder, or a holder who has no copy of the key in use (missed by a rotation): wrap it for them.
    const grant =
      mayIdentify({ roles }) && (!mayIdentify(current) || lacksKey(current, await currentGeneration(db)));
    const revoke = !mayIdentify({ roles }) && current.identityKeys !== undefined;
    if (grant && current.box === undefined)
      throw new StoreError('invalid', {
        issues: [{ path: 'roles', message: 'store.validation.signInFirst' }],
      });
    const identity =
      grant && current.box !== undefined ? await this.#grantable(unlock) : new Map<number, Uint8Array>();
    try {
      const wrapped =
        grant && current.box !== undefined
          ? await wrapGenerations(identity, current.box.recipient)
          : undefined;
      return await this.core.write(['users'], async (ctx) => {
        const user = await db.users.get(id);
        if (user === undefined) throw new StoreError('notFound');
        const { identityKeys: _dropped, ...rest } = user;
        const active = patch.active ?? user.active;
        const next: UserRecord = {
          ...(revoke ? rest : user),
          ...(wrapped === undefined ? {} : { identityKeys: wrapped }),
          displayName: checked.displayName ?? user.displayName,
          roles,
          active,
          updatedAt: ctx.now,
          rev: user.rev + 1,
        };
        // Authority keys follow the roles: taken away here; given at an administrator's next sign-in.
        const keptAuthority = keepEntitled(next.authorityKeys, authorityRolesOf({ roles, active }));
        if (keptAuthority === undefined) delete next.authorityKeys;
        else next.authorityKeys = keptAuthority;
        const admins = (await db.users.toArray()).filter(
          (u) => (u.id === id ? next : u).active && (u.id === id ? next : u).roles.includes('administrator'),
        );
        if (admins.length === 0) {
          throw new StoreError('invalid', {
            issues: [{ path: 'roles', message: 'store.validation.lastAdministrator' }],
          });
        }
        await db.users.put(next);
        await ctx.audit({ action: 'userUpdate', kind: 'users', recordId: id, detail: next.roles.join(',') });
        if (wrapped !== undefined) await ctx.audit({ action: 'keyGrant', kind: 'users', recordId: id });
        if (revoke) await ctx.audit({ action: 'keyRevoke', kind: 'users', recordId: id });
        return summaryOf(next);
      });
    } finally {
      wipe(identity);
    }
  }

  /** Whether the office has a holder who could unlock the identity key for a grant. */
  async #grantable(unlock: IdentityUnlock | undefined): Promise<RawGenerations> {
    if (unlock === undefined)
      throw new StoreError('invalid', {
        issues: [{ path: 'unlock', message: 'store.validation.identityUnlockNeeded' }],
      });
    return this.identityGenerations(unlock);
  }

  /**
   * Every identity-key generation a holder's passphrase or the recovery key opens (raw; wipe after
   * use). Generation 0 (the data key) is included while the office still has vaults under it.
   */
  async identityGenerations(unlock: IdentityUnlock): Promise<RawGenerations> {
    const { db } = this.core;
    if ('recoveryKey' in unlock) {
      const { dataKey, identity } = await unlockRecovery(this.core.db, unlock.recoveryKey);
      if (await legacyVaultsExist(db)) identity.set(0, dataKey);
      else dataKey.fill(0);
      return identity;
    }
    const holder = await db.users.where('username').equals(unlock.username.trim().toLowerCase()).first();
    const unlocked = holder?.active === true ? await this.#tryUnwrap(holder, unlock.passphrase) : null;
    if (holder === undefined || unlocked === null) throw new StoreError('badCredentials');
    if (!mayIdentify(holder)) {
      unlocked.dataKey.fill(0);
      throw new StoreError('forbidden', { detail: 'case.identify' });
    }
    const identity = await holderGenerations(holder, unlocked.kek);
    if (await legacyVaultsExist(db)) identity.set(0, unlocked.dataKey);
    else unlocked.dataKey.fill(0);
    return identity;
  }

  /** The public halves of the office's authority keys (what main verifies trust changes by), if made yet. */
  authorityPublicKeys(): Promise<AuthorityPublicKeys | null> {
    return authorityPublicKeys(this.core.db);
  }

  async listUsers(): Promise<UserSummary[]> {
    this.core.authorise('users.manage');
    const generation = await currentGeneration(this.core.db);
    return (await this.core.db.users.orderBy('username').toArray()).map((user) => ({
      ...summaryOf(user),
      lacksIdentityKey: lacksKey(user, generation),
    }));
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.core.authorise('settings.manage');
    const next = parseOrThrow(settingsSchema, { ...this.core.settings, ...patch });
    const { db } = this.core;
    await this.core.write([], async (ctx) => {
      await db.kv.put({ key: KV.settings, value: next });
      await ctx.audit({
        action: 'settingsChange',
        kind: 'settings',
        recordId: null,
        detail: Object.keys(patch).join(','),
      });
    });
    this.core.settings = next;
    this.touch();
    return next;
  }

  async #newUser(
    id: string,
    input: { username: string; displayName: string; roles: UserRecord['roles']; passphrase: string },
    dataKey: Uint8Array,
    identity: RawGenerations,
    authority: RawAuthority,
  ): Promise<UserRecord> {
    const salt = randomBytes(16);
    const kek = await passphraseKey(input.passphrase, salt, PBKDF2_ITERATIONS);
    const now = new Date().toISOString();
    const box = await newKeyBox(kek, userBoxAad(id));
    // Generation 0 is the data key itself: every user has it already, it is never wrapped to a box.
    const gens = new Map([...identity].filter(([g]) => g > 0));
    const user: UserRecord = {
      id,
      username: input.username,
      displayName: input.displayName,
      roles: input.roles,
      active: true,
      kdf: { algorithm: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS, salt },
      wrappedKey: await wrapDataKey(kek, dataKey, userAad(id)),
      box,
      createdAt: now,
      updatedAt: now,
      rev: 1,
    };
    if (mayIdentify(input) && gens.size > 0) user.identityKeys = await wrapGenerations(gens, box.recipient);
    const authorityKeys = await wrapAuthority(
      authority,
      authorityRolesOf({ roles: input.roles, active: true }),
      box.recipient,
    );
    if (Object.keys(authorityKeys).length > 0) user.authorityKeys = authorityKeys;
    return user;
  }

  async #rewrap(
    user: UserRecord,
    dataKey: Uint8Array,
    passphrase: string,
    identity: RawGenerations,
    authority: RawAuthority,
  ): Promise<UserRecord> {
    const fresh = await this.#newUser(user.id, { ...user, passphrase }, dataKey, identity, authority);
    const { identityKeys: _old, authorityKeys: _oldAuthority, ...rest } = user;
    return {
      ...rest,
      kdf: fresh.kdf,
      wrappedKey: fresh.wrappedKey,
      box: fresh.box,
      ...(fresh.identityKeys === undefined ? {} : { identityKeys: fresh.identityKeys }),
      ...(fresh.authorityKeys === undefined ? {} : { authorityKeys: fresh.authorityKeys }),
      updatedAt: fresh.updatedAt,
      rev: user.rev + 1,
    };
  }

  async #tryUnwrap(
    user: UserRecord,
    passphrase: string,
  ): Promise<{ dataKey: Uint8Array<ArrayBuffer>; kek: CryptoKey } | null> {
    const kek = await passphraseKey(passphrase, user.kdf.salt, user.kdf.iterations);
    const dataKey = await tryUnwrap(kek, user.wrappedKey, userAad(user.id));
    return dataKey === null ? null : { dataKey, kek };
  }

  #begin(session: Session): void {
    this.core.session?.lock();
    this.core.session = session;
    this.touch();
    this.#emit();
  }

  #stopTimer(): void {
    if (this.#idleTimer !== null) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }

  #emit(): void {
    for (const listener of this.#listeners) listener(this.core.session);
  }
}

/** The wrappings of the roles still entitled; undefined when none is left. */
function keepEntitled(
  wrapped: Record<string, Uint8Array> | undefined,
  roles: readonly string[],
): Record<string, Uint8Array> | undefined {
  if (wrapped === undefined) return undefined;
  const kept = Object.fromEntries(Object.entries(wrapped).filter(([role]) => roles.includes(role)));
  return Object.keys(kept).length === 0 ? undefined : kept;
}
