import type { Table } from 'dexie';
import { type AggregateRow, applyDelta, type Contribution } from '../../shared/aggregates/buckets';
import { chainHash } from '../../shared/crypto/chain-hash';
import { AUDIT_GENESIS, type AuditAction, type AuditEntry, type RecordMeta } from '../../shared/model';
import type { BinhAnDb } from './database';
import type { YearCounts } from './tables';

export type Actor = { userId: string | null; username: string | null };
export type AuditInput = {
  action: AuditAction;
  kind: string | null;
  recordId: string | null;
  detail?: string | null;
};

/** Tables every write transaction holds: the counter, the audit chain and the aggregates. */
export const writeTables = (db: BinhAnDb) => [db.kv, db.audit, db.aggregates];

/**
 * Everything one user action changes beyond its own record, done inside its transaction:
 * changeSeq from the single local counter, rev/updatedAt, the audit entry chained to the previous
 * one, and aggregate deltas (buffered, then written once by `finish()`). All synchronous crypto
 * (noble SHA-256), because awaiting WebCrypto would let IndexedDB commit the transaction early.
 */
export class WriteContext {
  readonly now: string;
  #seq: number | null = null;
  #lastAudit: { seq: number; hash: string } | null = null;
  #delta: Contribution = new Map();
  #yearCache = new Map<Table<YearCounts, string>, Map<string, YearCounts>>();

  constructor(
    readonly db: BinhAnDb,
    readonly actor: Actor,
    readonly origin: string,
    readonly demo = false,
  ) {
    this.now = new Date().toISOString();
  }

  /**
   * Reads the counter and the chain head once, first thing in the transaction. After this, meta()
   * is synchronous: long loops of awaits that touch no table would outlast Dexie's tracking of
   * native promises and end the transaction early (PrematureCommitError in bulk loads).
   */
  async begin(): Promise<void> {
    const row = await this.db.kv.get('changeSeq');
    this.#seq = typeof row?.value === 'number' ? row.value : 0;
    const last = await this.db.audit.orderBy('seq').last();
    this.#lastAudit =
      last === undefined ? { seq: 0, hash: AUDIT_GENESIS } : { seq: last.seq, hash: last.hash };
  }

  /** Reserves the next changeSeq; the counter is written back once by finish(). */
  nextSeq(): number {
    if (this.#seq === null) throw new Error('WriteContext.begin() not called');
    this.#seq += 1;
    return this.#seq;
  }

  /** Metadata for a new record, or the next revision of an existing one. Ids never change. */
  meta(id: string, before?: RecordMeta): RecordMeta {
    const meta: RecordMeta = {
      id,
      rev: (before?.rev ?? 0) + 1,
      updatedAt: this.now,
      changeSeq: this.nextSeq(),
      deletedAt: before?.deletedAt ?? null,
      origin: before?.origin ?? this.origin,
    };
    if (before?.demo === true || (before === undefined && this.demo)) meta.demo = true;
    return meta;
  }

  async audit(input: AuditInput): Promise<AuditEntry> {
    if (this.#lastAudit === null) {
      const last = await this.db.audit.orderBy('seq').last();
      this.#lastAudit =
        last === undefined ? { seq: 0, hash: AUDIT_GENESIS } : { seq: last.seq, hash: last.hash };
    }
    const body = {
      seq: this.#lastAudit.seq + 1,
      at: this.now,
      userId: this.actor.userId,
      username: this.actor.username,
      action: input.action,
      kind: input.kind,
      recordId: input.recordId,
      detail: input.detail ?? null,
      prevHash: this.#lastAudit.hash,
    };
    const entry: AuditEntry = { ...body, hash: chainHash(body.prevHash, body) };
    await this.db.audit.add(entry);
    this.#lastAudit = { seq: entry.seq, hash: entry.hash };
    return entry;
  }

  /**
   * Buffers new − old in place (no copies: bulk loads call this once per record); zero counts and
   * empty buckets are dropped when finish() writes them.
   */
  change(before: Contribution, after: Contribution): void {
    this.#accumulate(before, -1);
    this.#accumulate(after, 1);
  }

  #accumulate(contribution: Contribution, sign: 1 | -1): void {
    for (const row of contribution.values()) {
      let target = this.#delta.get(row.key);
      if (target === undefined) {
        target = { key: row.key, kind: row.kind, unit: row.unit, period: row.period, counts: {} };
        this.#delta.set(row.key, target);
      }
      const counts = target.counts;
      for (const name in row.counts) counts[name] = (counts[name] ?? 0) + sign * (row.counts[name] ?? 0);
    }
  }

  /** Year counts of one person or school, read once per transaction and written by finish(). */
  async years(table: Table<YearCounts, string>, ownerId: string): Promise<YearCounts> {
    let cache = this.#yearCache.get(table);
    if (cache === undefined) {
      cache = new Map();
      this.#yearCache.set(table, cache);
    }
    let row = cache.get(ownerId);
    if (row === undefined) {
      row = (await table.get(ownerId)) ?? { ownerId, years: {} };
      cache.set(ownerId, row);
    }
    return row;
  }

  /** Year counts already loaded by prefetchYears(), without an await (bulk loops). */
  prefetched(table: Table<YearCounts, string>, ownerId: string): YearCounts {
    const row = this.#yearCache.get(table)?.get(ownerId);
    if (row === undefined) throw new Error('prefetchYears() first');
    return row;
  }

  /** The cached year counts of an owner already read in this transaction ({} if none). */
  peekYears(table: Table<YearCounts, string>, ownerId: string): Record<string, number> {
    return this.#yearCache.get(table)?.get(ownerId)?.years ?? {};
  }

  /** Loads many year rows at once (bulk loads). */
  async prefetchYears(table: Table<YearCounts, string>, ownerIds: readonly string[]): Promise<void> {
    const cache = this.#yearCache.get(table) ?? new Map<string, YearCounts>();
    this.#yearCache.set(table, cache);
    const missing = [...new Set(ownerIds)].filter((id) => !cache.has(id));
    const rows = await table.bulkGet(missing);
    missing.forEach((id, i) => {
      cache.set(id, rows[i] ?? { ownerId: id, years: {} });
    });
  }

  /** Writes the counter, the buffered aggregate deltas and the year counts. Call last in the transaction. */
  async finish(): Promise<void> {
    if (this.#seq !== null) await this.db.kv.put({ key: 'changeSeq', value: this.#seq });
    if (this.#delta.size > 0) {
      const keys = [...this.#delta.keys()];
      const stored = await this.db.aggregates.bulkGet(keys);
      const puts: AggregateRow[] = [];
      const deletes: string[] = [];
      keys.forEach((key, i) => {
        const delta = this.#delta.get(key);
        if (delta === undefined) return;
        const next = applyDelta(stored[i], delta);
        if (next === null) deletes.push(key);
        else puts.push(next);
      });
      if (puts.length > 0) await this.db.aggregates.bulkPut(puts);
      if (deletes.length > 0) await this.db.aggregates.bulkDelete(deletes);
      this.#delta = new Map();
    }
    for (const [table, cache] of this.#yearCache) {
      const rows = [...cache.values()];
      const empty = rows.filter((row) => Object.keys(row.years).length === 0).map((row) => row.ownerId);
      const full = rows.filter((row) => Object.keys(row.years).length > 0);
      if (full.length > 0) await table.bulkPut(full);
      if (empty.length > 0) await table.bulkDelete(empty);
    }
    this.#yearCache = new Map();
  }
}

/** Copies a year map and moves one count from one year to another (null = none). */
export function moveYear(
  years: Record<string, number>,
  from: number | null,
  to: number | null,
): Record<string, number> {
  const next = { ...years };
  if (from !== null) {
    const left = (next[from] ?? 0) - 1;
    if (left <= 0) delete next[from];
    else next[from] = left;
  }
  if (to !== null) next[to] = (next[to] ?? 0) + 1;
  return next;
}

export const yearMap = (years: Record<string, number>): Map<number, number> =>
  new Map(Object.entries(years).map(([year, n]) => [Number(year), n]));
