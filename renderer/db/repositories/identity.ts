import { namePhoneToken, nameYearCommuneToken } from '../../../shared/crypto/blind-index';
import {
  type IdentityKeys,
  identityKeysFrom,
  newIdentityKey,
  newKeyBox,
} from '../../../shared/crypto/identity-key';
import { openJson, type Sealed, sealJson } from '../../../shared/crypto/vault';
import { type CaseRecord, survivorIdentitySchema, type UserRecord } from '../../../shared/model';
import type { StoreCore } from '../core';
import { StoreError } from '../errors';
import { mayIdentify, type RawGenerations, unlockRecovery, wipe, wrapGenerations } from '../identity-keys';
import {
  type IdentityRotation,
  type Keyring,
  KV,
  RECOVERY_BOX_AAD,
  readKeyring,
  readRotation,
} from '../keyring';
import type { AuthRepository, IdentityUnlock } from './auth';
import { vaultAad } from './cases';
import { draftAad } from './drafts';

export type IdentityStatus = {
  /** The generation new vaults are sealed with (0: the data key of an office set up before identity keys). */
  generation: number;
  /** Active users who hold it. */
  holders: number;
  /** A rotation that started and has not finished (resume it with the same action). */
  rotation: IdentityRotation | null;
};
export type RotationProgress = { table: 'cases' | 'drafts'; done: number; total: number };
export type RotationReport = { from: number; to: number; resealed: number };

const BATCH = 500;
const genOf = (sealed: Sealed): number => sealed.g ?? 0;

/**
 * Rotating the identity key: a new generation is wrapped for the recovery key and every holder, then
 * every vault and draft is re-sealed under it in batches (each batch one transaction, so a record is
 * under the old key or the new one, never neither), and only when a full pass finds nothing left
 * under the old generation are its wrappings deleted. A crash or a closed window leaves the rotation
 * recorded (kv 'identityRotation'); running it again resumes, skipping what is already re-sealed.
 */
export class IdentityRepository {
  constructor(
    private readonly core: StoreCore,
    private readonly auth: AuthRepository,
  ) {}

  async status(): Promise<IdentityStatus> {
    this.core.authoriseAny(['store.maintain', 'users.manage']);
    const { db } = this.core;
    const keyring = await readKeyring(db);
    const generation = keyring?.identity?.current ?? 0;
    const users = await db.users.toArray();
    const holders = users.filter(
      (u) =>
        u.active &&
        mayIdentify(u) &&
        (generation === 0 || u.identityKeys?.[String(generation)] !== undefined),
    ).length;
    return { generation, holders, rotation: await readRotation(db) };
  }

  async rotate(
    unlock: IdentityUnlock,
    onProgress: (p: RotationProgress) => void = () => undefined,
  ): Promise<RotationReport> {
    this.core.authorise('store.maintain');
    const gens = await this.auth.identityGenerations(unlock);
    try {
      const rotation = (await readRotation(this.core.db)) ?? (await this.#start(unlock, gens));
      const from = gens.get(rotation.from);
      const to = gens.get(rotation.to);
      if (from === undefined || to === undefined)
        throw new StoreError('forbidden', { detail: 'case.identify' });
      const keys = new Map<number, IdentityKeys>([
        [rotation.from, await identityKeysFrom(from)],
        [rotation.to, await identityKeysFrom(to)],
      ]);
      let resealed = 0;
      // Pass until nothing is left under the old key (an edit during a pass may have sealed under it).
      for (;;) {
        const cases = await this.#resealCases(rotation.to, keys, onProgress);
        const drafts = await this.#resealDrafts(rotation.to, keys, onProgress);
        resealed += cases.resealed + drafts.resealed;
        if (cases.left + drafts.left === 0) break;
      }
      await this.#finish(rotation);
      return { from: rotation.from, to: rotation.to, resealed };
    } finally {
      wipe(gens);
    }
  }

  /** Generation n+1, wrapped for the recovery key and every holder with a key pair, in one transaction. */
  async #start(unlock: IdentityUnlock, gens: RawGenerations): Promise<IdentityRotation> {
    const { db } = this.core;
    const keyring = await readKeyring(db);
    if (keyring === null) throw new StoreError('notSetUp');
    const from = keyring.identity?.current ?? 0;
    if (!gens.has(from)) throw new StoreError('forbidden', { detail: 'case.identify' });
    // An office set up before identity keys has no recovery key pair yet: only the recovery key can make one.
    let box = keyring.box;
    if (box === undefined) {
      if (!('recoveryKey' in unlock))
        throw new StoreError('invalid', {
          issues: [{ path: 'unlock', message: 'store.validation.recoveryKeyNeeded' }],
        });
      const { kek, dataKey, identity } = await unlockRecovery(db, unlock.recoveryKey);
      dataKey.fill(0);
      wipe(identity);
      box = await newKeyBox(kek, RECOVERY_BOX_AAD);
    }
    const to = from + 1;
    const fresh = newIdentityKey();
    gens.set(to, fresh);
    const only = new Map([[to, fresh]]);
    const holders = (await db.users.toArray()).filter(
      (u) => u.active && mayIdentify(u) && u.box !== undefined,
    );
    const wrappedFor = new Map<string, Record<string, Uint8Array>>();
    for (const user of holders)
      if (user.box !== undefined) wrappedFor.set(user.id, await wrapGenerations(only, user.box.recipient));
    const next: Keyring = {
      ...keyring,
      box,
      identity: {
        current: to,
        wrapped: { ...(keyring.identity?.wrapped ?? {}), ...(await wrapGenerations(only, box.recipient)) },
      },
    };
    const rotation: IdentityRotation = { from, to, startedAt: new Date().toISOString() };
    await this.core.write(['users'], async (ctx) => {
      if ((await readRotation(db)) !== null) throw new StoreError('conflict', { detail: 'rotationRunning' });
      for (const user of holders) {
        const current = await db.users.get(user.id);
        if (current === undefined) continue;
        await db.users.put({
          ...current,
          identityKeys: { ...(current.identityKeys ?? {}), ...wrappedFor.get(user.id) },
        });
      }
      await db.kv.bulkPut([
        { key: KV.keyring, value: next },
        { key: KV.identityRotation, value: rotation },
      ]);
      await ctx.audit({
        action: 'keyRotate',
        kind: 'keyring',
        recordId: null,
        detail: `start ${from}→${to}`,
      });
    });
    return rotation;
  }

  async #resealCases(
    to: number,
    keys: ReadonlyMap<number, IdentityKeys>,
    onProgress: (p: RotationProgress) => void,
  ): Promise<{ resealed: number; left: number }> {
    const { db } = this.core;
    const total = await db.cases.count();
    const sum = { resealed: 0, left: 0 };
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const batch: CaseRecord[] = await (after === null
        ? db.cases.orderBy(':id')
        : db.cases.where(':id').above(after)
      )
        .limit(BATCH)
        .toArray();
      if (batch.length === 0) break;
      after = batch.at(-1)?.id ?? null;
      const result = await this.#resealBatch('cases', batch, keys, to, async (record, old, target) => {
        const identity = survivorIdentitySchema.parse(
          await openJson(old.vault, vaultAad(record.id), record.vault),
        );
        const updated: CaseRecord = {
          ...record,
          vault: { ...(await sealJson(target.vault, vaultAad(record.id), identity)), g: to },
        };
        delete updated.dupNamePhone;
        delete updated.dupNameYearCommune;
        const byPhone = await namePhoneToken(target.index, identity);
        const byYear = await nameYearCommuneToken(target.index, identity, record.incidentUnit);
        if (byPhone !== undefined) updated.dupNamePhone = byPhone;
        if (byYear !== undefined) updated.dupNameYearCommune = byYear;
        return updated;
      });
      sum.resealed += result.resealed;
      sum.left += result.left;
      done += batch.length;
      onProgress({ table: 'cases', done, total });
    }
    return sum;
  }

  async #resealDrafts(
    to: number,
    keys: ReadonlyMap<number, IdentityKeys>,
    onProgress: (p: RotationProgress) => void,
  ): Promise<{ resealed: number; left: number }> {
    // Drafts are few (one or two per case worker): one batch.
    const drafts = await this.core.db.drafts.toArray();
    const result = await this.#resealBatch('drafts', drafts, keys, to, async (draft, old, target) => ({
      ...draft,
      vault: {
        ...(await sealJson(
          target.vault,
          draftAad(draft.id),
          await openJson(old.vault, draftAad(draft.id), draft.vault),
        )),
        g: to,
      },
    }));
    onProgress({ table: 'drafts', done: drafts.length, total: drafts.length });
    return result;
  }

  /**
   * Re-seals the records of one batch not yet under generation `to`: WebCrypto first (awaiting it
   * inside a transaction would let IndexedDB commit early), then one transaction that writes only the
   * records still as they were read — one edited meanwhile is left for the next pass.
   */
  async #resealBatch<R extends { id: string; vault: Sealed }>(
    table: 'cases' | 'drafts',
    batch: readonly R[],
    keys: ReadonlyMap<number, IdentityKeys>,
    to: number,
    reseal: (record: R, old: IdentityKeys, target: IdentityKeys) => Promise<R>,
  ): Promise<{ resealed: number; left: number }> {
    const target = keys.get(to);
    if (target === undefined) throw new Error('no target key');
    const next = await Promise.all(
      batch
        .filter((record) => genOf(record.vault) !== to)
        .map(async (record) => {
          const old = keys.get(genOf(record.vault));
          if (old === undefined) throw new StoreError('vaultUnreadable');
          return { iv: record.vault.iv, record: await reseal(record, old, target) };
        }),
    );
    if (next.length === 0) return { resealed: 0, left: 0 };
    const store = this.core.db.table<R, string>(table);
    // Key maintenance, not a change of the record: no new revision or changeSeq, so the next bundle
    // does not carry 100,000 unchanged cases. The rotation's start and end are audited.
    const written = await this.core.write([table], async () => {
      const current = await store.bulkGet(next.map((n) => n.record.id));
      const puts = next.filter((n, i) => {
        const held = current[i];
        return held !== undefined && sameBytes(held.vault.iv, n.iv);
      });
      await store.bulkPut(puts.map((n) => n.record));
      return puts.length;
    });
    return { resealed: written, left: next.length - written };
  }

  /** Nothing is left under the old generation: its wrappings go, for the recovery key and every user. */
  async #finish(rotation: IdentityRotation): Promise<void> {
    const { db } = this.core;
    const old = String(rotation.from);
    await this.core.write(['users'], async (ctx) => {
      const keyring = await readKeyring(db);
      if (keyring?.identity === undefined) throw new StoreError('notSetUp');
      const { [old]: _gone, ...wrapped } = keyring.identity.wrapped;
      await db.kv.put({
        key: KV.keyring,
        value: { ...keyring, identity: { current: rotation.to, wrapped } },
      });
      for (const user of await db.users.toArray()) {
        if (user.identityKeys?.[old] === undefined) continue;
        const { [old]: _dropped, ...rest } = user.identityKeys;
        const next: UserRecord = { ...user, identityKeys: rest };
        await db.users.put(next);
      }
      await db.kv.delete(KV.identityRotation);
      await ctx.audit({
        action: 'keyRotate',
        kind: 'keyring',
        recordId: null,
        detail: `${rotation.from}→${rotation.to}`,
      });
    });
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
