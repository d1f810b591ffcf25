import { uuidv7 } from 'uuidv7';
import { randomBytes } from '../../../shared/crypto/bytes';
import {
  newDataKey,
  PBKDF2_ITERATIONS,
  passphraseKey,
  recoveryWrappingKey,
  sessionKeysFrom,
  unwrapDataKey,
  wrapDataKey,
} from '../../../shared/crypto/data-key';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from '../../../shared/crypto/recovery-key';
import { QUANG_NAM_PLAN_2021_2025 } from '../../../shared/data/quang-nam-plan';
import { QUANG_NAM_UNITS } from '../../../shared/data/quang-nam-units';
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
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import { type Keyring, KV, RECOVERY_AAD, readKeyring, userAad } from '../keyring';
import { Session } from '../session';
import { readThrottle, waitRemaining } from './throttle';

export const summaryOf = (user: UserRecord): UserSummary => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles,
  active: user.active,
  createdAt: user.createdAt,
});

type Listener = (session: Session | null) => void;

/**
 * First-run setup, sign-in, lock and passphrases. The data key's raw bytes exist only inside these
 * methods, for the moment of wrapping; sessions hold derived non-extractable keys.
 */
export class AuthRepository {
  #listeners = new Set<Listener>();
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
    const units = QUANG_NAM_UNITS.map((unit) => parseOrThrow(unitFieldsSchema, unit));
    const plan = parseOrThrow(planFieldsSchema, QUANG_NAM_PLAN_2021_2025);

    const dataKey = newDataKey();
    const recovery = newRecoveryKey();
    try {
      const userId = uuidv7();
      const user = await this.#newUser(userId, admin, dataKey);
      const recoverySalt = randomBytes(16);
      const keyring: Keyring = {
        recoverySalt,
        recoveryWrapped: await wrapDataKey(
          await recoveryWrappingKey(recovery, recoverySalt),
          dataKey,
          RECOVERY_AAD,
        ),
        createdAt: new Date().toISOString(),
      };
      const keys = await sessionKeysFrom(dataKey);
      const { db } = this.core;
      this.core.office = office;
      await this.core.write(['users', 'units', 'plans'], async (ctx) => {
        if ((await db.kv.get(KV.office)) !== undefined) throw new StoreError('alreadySetUp');
        await db.kv.bulkPut([
          { key: KV.office, value: office },
          { key: KV.settings, value: DEFAULT_SETTINGS },
          { key: KV.keyring, value: keyring },
        ]);
        await db.users.add(user);
        const held = await db.units.bulkGet(units.map((unit) => unit.code));
        await ctx.putMany(
          'units',
          units
            .filter((_, i) => held[i] === undefined)
            .map((unit) => ({ before: undefined, next: { ...unit, id: unit.code } })),
          { action: 'setup' },
        );
        await ctx.put('plans', undefined, { ...plan, id: uuidv7() }, { action: 'setup' });
        await ctx.audit({ action: 'setup', kind: 'office', recordId: office.unitCode });
        await ctx.audit({ action: 'userCreate', kind: 'users', recordId: userId });
      });
      const session = new Session(summaryOf(user), keys);
      this.#begin(session);
      return { recoveryKey: formatRecoveryKey(recovery), session };
    } catch (error) {
      this.core.office = null;
      throw error;
    } finally {
      dataKey.fill(0);
      recovery.fill(0);
    }
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
    const dataKey = user?.active === true ? await this.#tryUnwrap(user, passphrase) : null;
    if (user === undefined || dataKey === null) {
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
      throw new StoreError('badCredentials');
    }
    try {
      const keys = await sessionKeysFrom(dataKey);
      await db.kv.delete(KV.throttle(username));
      const session = new Session(summaryOf(user), keys);
      this.#begin(session);
      await this.core.write([], (ctx) => ctx.audit({ action: 'login', kind: 'users', recordId: user.id }));
      return session;
    } finally {
      dataKey.fill(0);
    }
  }

  /** Drops the keys from memory; the same user signs in again to continue. */
  lock(): void {
    const session = this.core.session;
    if (session === null || session.locked) return;
    session.lock();
    this.#stopTimer();
    this.#emit();
  }

  /** Signs out completely. */
  logout(): void {
    this.core.session?.lock();
    this.core.session = null;
    this.#stopTimer();
    this.#emit();
  }

  /** Any user activity postpones auto-lock (the UI calls this on input; repositories on every call). */
  touch(): void {
    const session = this.core.session;
    if (session === null || session.locked) return;
    this.#stopTimer();
    this.#idleTimer = setTimeout(() => this.lock(), this.core.settings.autoLockMinutes * 60_000);
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const session = this.core.session;
    if (session === null || session.locked) throw new StoreError('locked');
    const newPassphrase = parseOrThrow(passphraseSchema, next);
    const { db } = this.core;
    const user = await db.users.get(session.user.id);
    if (user === undefined) throw new StoreError('notFound');
    const dataKey = await this.#tryUnwrap(user, current);
    if (dataKey === null) throw new StoreError('badCredentials');
    try {
      const updated = await this.#rewrap(user, dataKey, newPassphrase);
      await this.core.write(['users'], async (ctx) => {
        await db.users.put(updated);
        await ctx.audit({ action: 'passphraseChange', kind: 'users', recordId: user.id });
      });
    } finally {
      dataKey.fill(0);
    }
  }

  /**
   * Sets a new passphrase for `username` with the office's recovery key — for a forgotten
   * passphrase, including the last administrator's. Needs no session; the recovery key is the proof.
   */
  async resetWithRecoveryKey(recoveryKey: string, username: string, newPassphrase: string): Promise<void> {
    const passphrase = parseOrThrow(passphraseSchema, newPassphrase);
    const { db } = this.core;
    const dataKey = await this.#unwrapWithRecovery(recoveryKey);
    try {
      const user = await db.users.where('username').equals(username.trim().toLowerCase()).first();
      if (user === undefined) throw new StoreError('notFound');
      const updated = await this.#rewrap(user, dataKey, passphrase);
      await this.core.write(['users'], async (ctx) => {
        await db.users.put({ ...updated, active: true });
        await db.kv.delete(KV.throttle(user.username));
        await ctx.audit({ action: 'passphraseReset', kind: 'users', recordId: user.id });
      });
    } finally {
      dataKey.fill(0);
    }
  }

  /**
   * Adds a user. The new user's copy of the data key is wrapped from the administrator's own
   * passphrase (asked again here), because the session's keys are non-extractable by design.
   */
  async createUser(input: UserInput, adminPassphrase: string): Promise<UserSummary> {
    const session = this.core.authorise('users.manage');
    const parsed = parseOrThrow(userInputSchema, input);
    const { db } = this.core;
    if ((await db.users.where('username').equals(parsed.username).count()) > 0) {
      throw new StoreError('invalid', {
        issues: [{ path: 'username', message: 'store.validation.usernameTaken' }],
      });
    }
    const admin = await db.users.get(session.user.id);
    const dataKey = admin === undefined ? null : await this.#tryUnwrap(admin, adminPassphrase);
    if (dataKey === null) throw new StoreError('badCredentials');
    try {
      const user = await this.#newUser(uuidv7(), parsed, dataKey);
      await this.core.write(['users'], async (ctx) => {
        await db.users.add(user);
        await ctx.audit({
          action: 'userCreate',
          kind: 'users',
          recordId: user.id,
          detail: user.roles.join(','),
        });
      });
      return summaryOf(user);
    } finally {
      dataKey.fill(0);
    }
  }

  /** Changes roles, name or active flag. The last active administrator cannot be removed. */
  async updateUser(
    id: string,
    patch: Partial<Pick<UserSummary, 'displayName' | 'roles' | 'active'>>,
  ): Promise<UserSummary> {
    this.core.authorise('users.manage');
    const { db } = this.core;
    const checked = parseOrThrow(userInputSchema.pick({ displayName: true, roles: true }).partial(), {
      displayName: patch.displayName,
      roles: patch.roles,
    });
    return this.core.write(['users'], async (ctx) => {
      const user = await db.users.get(id);
      if (user === undefined) throw new StoreError('notFound');
      const next: UserRecord = {
        ...user,
        displayName: checked.displayName ?? user.displayName,
        roles: checked.roles ?? user.roles,
        active: patch.active ?? user.active,
        updatedAt: ctx.now,
        rev: user.rev + 1,
      };
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
      return summaryOf(next);
    });
  }

  async listUsers(): Promise<UserSummary[]> {
    this.core.authorise('users.manage');
    return (await this.core.db.users.orderBy('username').toArray()).map(summaryOf);
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
  ): Promise<UserRecord> {
    const salt = randomBytes(16);
    const kek = await passphraseKey(input.passphrase, salt, PBKDF2_ITERATIONS);
    const now = new Date().toISOString();
    return {
      id,
      username: input.username,
      displayName: input.displayName,
      roles: input.roles,
      active: true,
      kdf: { algorithm: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS, salt },
      wrappedKey: await wrapDataKey(kek, dataKey, userAad(id)),
      createdAt: now,
      updatedAt: now,
      rev: 1,
    };
  }

  async #rewrap(user: UserRecord, dataKey: Uint8Array, passphrase: string): Promise<UserRecord> {
    const fresh = await this.#newUser(user.id, { ...user, passphrase }, dataKey);
    return {
      ...user,
      kdf: fresh.kdf,
      wrappedKey: fresh.wrappedKey,
      updatedAt: fresh.updatedAt,
      rev: user.rev + 1,
    };
  }

  async #tryUnwrap(user: UserRecord, passphrase: string): Promise<Uint8Array<ArrayBuffer> | null> {
    try {
      const kek = await passphraseKey(passphrase, user.kdf.salt, user.kdf.iterations);
      return await unwrapDataKey(kek, user.wrappedKey, userAad(user.id));
    } catch {
      return null;
    }
  }

  async #unwrapWithRecovery(typed: string): Promise<Uint8Array<ArrayBuffer>> {
    const bits = parseRecoveryKey(typed);
    const keyring = await readKeyring(this.core.db);
    if (keyring === null) throw new StoreError('notSetUp');
    if (bits === null) throw new StoreError('badRecoveryKey');
    try {
      return await unwrapDataKey(
        await recoveryWrappingKey(bits, keyring.recoverySalt),
        keyring.recoveryWrapped,
        RECOVERY_AAD,
      );
    } catch {
      throw new StoreError('badRecoveryKey');
    } finally {
      bits.fill(0);
    }
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
