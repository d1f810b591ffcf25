import { Dexie, type Table } from 'dexie';
import {
  type AggregateRow,
  applyDelta,
  BUCKET_KINDS,
  bucketKey,
  type Contribution,
  type UnitChain,
} from '../../shared/aggregates/buckets';
import { addSpans, rollUpSpans } from '../../shared/aggregates/spans';
import { chainHash } from '../../shared/crypto/chain-hash';
import { AUDIT_GENESIS, type AuditAction, type AuditEntry, type RecordMeta } from '../../shared/model';
import { type Change, CONTRIBUTORS, type Contributor } from './contributors';
import type { BinhAnDb } from './database';
import { CHANGE_SEQ_KEY, COUNTER_MARKS } from './exchange/counter-marks';
import type {
  RecordOf,
  StoredAggregate,
  StoredOf,
  StoredTable,
  SyncedTable,
  TableName,
  YearCounts,
} from './tables';
import type { UnitTree } from './unit-chain';

export type Actor = { userId: string | null; username: string | null };
export type AuditInput = {
  action: AuditAction;
  kind: string | null;
  recordId: string | null;
  detail?: string | null;
};
/** How a write is audited: the action (derived from before/after when omitted) and a detail. */
export type AuditSpec = { action?: AuditAction; detail?: string | null };

type MetaKey = keyof RecordMeta;
/** A record as a repository hands it to the write: its fields and id; the write sets the rest. */
export type Draft<R extends RecordMeta> = Omit<R, MetaKey> & { id: string; deletedAt?: string | null };
export type DraftChange<K extends SyncedTable> = {
  before: RecordOf[K] | undefined;
  next: Draft<RecordOf[K]>;
};

/** Tables every write transaction holds: the counter, the audit chain, the aggregates and their spans. */
export const WRITE_TABLES: readonly TableName[] = ['kv', 'audit', 'aggregates', 'counterSpans'];

/** The transaction scope of a write over `names`: those, what their contributors touch, and WRITE_TABLES. */
export function writeScope(names: readonly TableName[]): TableName[] {
  const scope = new Set<TableName>([...names, ...WRITE_TABLES]);
  for (const name of names) {
    const contributor = CONTRIBUTORS[name as StoredTable] as Contributor<unknown> | undefined;
    for (const extra of contributor?.tables ?? []) scope.add(extra);
  }
  return [...scope];
}

const actionOf = (before: RecordMeta | undefined, after: RecordMeta): AuditAction => {
  if (before === undefined) return 'create';
  if (before.deletedAt === null && after.deletedAt !== null) return 'delete';
  if (before.deletedAt !== null && after.deletedAt === null) return 'restore';
  return 'update';
};

/**
 * Everything one user action changes, inside its transaction. The write primitive is `put` /
 * `putMany` (records with metadata) and `putRows` (the province's rows): each sets metadata, writes
 * the rows, buffers the counter delta that the table's contributor (contributors.ts) derives from
 * before → after, and appends the audit entry — so no repository can forget one of them.
 *
 * All synchronous crypto (noble SHA-256), because awaiting WebCrypto would let IndexedDB commit the
 * transaction early; and after `begin()` metadata is synchronous, because long loops of awaits that
 * touch no table outlast Dexie's tracking of native promises (PrematureCommitError in bulk loads).
 */
export class WriteContext {
  readonly now: string;
  #seq: number | null = null;
  /** The changeSeq when the transaction began: above it, this write has stamped something. */
  #begunAt = 0;
  #lastAudit: { seq: number; hash: string } | null = null;
  #delta: Contribution = new Map();
  #years = new Map<'personYears' | 'schoolYears', Map<string, YearCounts>>();
  #records = new Map<TableName, Map<string, unknown>>();
  /** Rolled-up rows of units being given a new parent, read by the units contributor's load. */
  readonly pendingReroll = new Map<string, AggregateRow[]>();

  constructor(
    readonly db: BinhAnDb,
    readonly tree: UnitTree,
    readonly actor: Actor,
    readonly origin: string,
    readonly demo = false,
  ) {
    this.now = new Date().toISOString();
  }

  get chain(): UnitChain {
    return this.tree.chain;
  }

  #appended = false;

  /** The newest audit entry this write appended, for main's copy of the head (null: none appended). */
  get appendedHead(): { seq: number; hash: string } | null {
    return this.#appended ? this.#lastAudit : null;
  }

  /** Reads the counter and the chain head once, first thing in the transaction. */
  async begin(): Promise<void> {
    const row = await this.db.kv.get(CHANGE_SEQ_KEY);
    this.#seq = typeof row?.value === 'number' ? row.value : 0;
    this.#begunAt = this.#seq;
    const last = await this.db.audit.orderBy('seq').last();
    this.#lastAudit =
      last === undefined ? { seq: 0, hash: AUDIT_GENESIS } : { seq: last.seq, hash: last.hash };
  }

  /** One record's next revision (or a new record): metadata, put, counters, audit. */
  async put<K extends SyncedTable>(
    name: K,
    before: RecordOf[K] | undefined,
    next: Draft<RecordOf[K]>,
    audit: AuditSpec = {},
  ): Promise<RecordOf[K]> {
    const [after] = await this.#write(name, [{ before, next }]);
    if (after === undefined) throw new Error('put wrote nothing');
    await this.audit({
      action: audit.action ?? actionOf(before, after),
      kind: name,
      recordId: after.id,
      detail: audit.detail ?? null,
    });
    return after;
  }

  /**
   * Many records in one go (imports, demo data, cascades): one bulk write, counters summed, and ONE
   * audit entry for the batch (`bulkCreate` with the count when all are new).
   */
  async putMany<K extends SyncedTable>(
    name: K,
    changes: readonly DraftChange<K>[],
    audit: AuditSpec = {},
  ): Promise<RecordOf[K][]> {
    if (changes.length === 0) return [];
    const written = await this.#write(name, changes);
    const allNew = changes.every((c) => c.before === undefined);
    await this.audit({
      action: audit.action ?? (allNew ? 'bulkCreate' : 'update'),
      kind: name,
      recordId: written[0]?.id ?? null,
      detail: audit.detail ?? String(written.length),
    });
    return written;
  }

  /**
   * The province's rows (inbound records, office counter snapshots): no metadata of ours, and no
   * audit entry per row — the import that writes them records one (`import`, the bundle's hash).
   * `after: null` deletes the row.
   */
  async putRows<K extends 'inbound' | 'officeAggregates'>(
    name: K,
    changes: readonly Change<StoredOf[K]>[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await this.#contribute(name, changes);
    const table = this.db.table(name) as Table<StoredOf[K]>;
    const puts = changes.flatMap((c) => (c.after === null ? [] : [c.after]));
    // Only counter snapshots are ever deleted (an office's older snapshot), and they are keyed by `key`.
    const deletes = changes.flatMap((c) =>
      c.after === null && c.before !== undefined ? [(c.before as { key: string }).key] : [],
    );
    if (puts.length > 0) await table.bulkPut(puts);
    if (deletes.length > 0) await table.bulkDelete(deletes);
  }

  async #write<K extends SyncedTable>(name: K, changes: readonly DraftChange<K>[]): Promise<RecordOf[K][]> {
    const records = changes.map(({ before, next }) => this.#stamp(before, next) as RecordOf[K]);
    const pairs = changes.map((c, i) => ({ before: c.before, after: records[i] ?? null }));
    await this.#contribute(name, pairs as Change<StoredOf[K]>[]);
    const table = this.db.table(name) as Table<RecordOf[K], string>;
    // add() for new records, so a second record under the same id or unique index fails loudly.
    if (changes.every((c) => c.before === undefined)) await table.bulkAdd(records);
    else await table.bulkPut(records);
    const cache = this.#records.get(name);
    if (cache !== undefined) for (const record of records) cache.set(record.id, record);
    return records;
  }

  async #contribute<K extends StoredTable>(name: K, changes: readonly Change<StoredOf[K]>[]): Promise<void> {
    const contributor = CONTRIBUTORS[name] as Contributor<StoredOf[K]> | undefined;
    if (contributor === undefined) return;
    await contributor.load?.(this, changes);
    for (const change of changes) contributor.apply(this, change);
  }

  /** Metadata for a new record, or the next revision of an existing one. Ids never change. */
  #stamp<R extends RecordMeta>(before: R | undefined, next: Draft<R>): R {
    if (this.#seq === null) throw new Error('WriteContext.begin() not called');
    this.#seq += 1;
    const meta: RecordMeta = {
      id: next.id,
      rev: (before?.rev ?? 0) + 1,
      updatedAt: this.now,
      changeSeq: this.#seq,
      deletedAt: next.deletedAt === undefined ? (before?.deletedAt ?? null) : next.deletedAt,
      origin: before?.origin ?? this.origin,
    };
    if (before?.demo === true || (before === undefined && this.demo)) meta.demo = true;
    return { ...next, ...meta } as unknown as R;
  }

  /**
   * An entry in the audit chain for what is not a record write (sign-in, a view, an import);
   * put/putMany write their own.
   */
  async audit(input: AuditInput): Promise<AuditEntry> {
    if (this.#lastAudit === null) throw new Error('WriteContext.begin() not called');
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
    this.#appended = true;
    return entry;
  }

  // ——— for contributors (contributors.ts) ———

  /** Buffers new − old in place (no copies: bulk writes call this once per record). */
  delta(before: Contribution, after: Contribution): void {
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

  /** Loads year counts of many owners (people, schools) once per transaction; finish() writes them. */
  async loadYears(table: 'personYears' | 'schoolYears', ownerIds: readonly string[]): Promise<void> {
    const cache = this.#years.get(table) ?? new Map<string, YearCounts>();
    this.#years.set(table, cache);
    const missing = [...new Set(ownerIds)].filter((id) => !cache.has(id));
    if (missing.length === 0) return;
    const rows = await this.db.table<YearCounts, string>(table).bulkGet(missing);
    missing.forEach((id, i) => {
      cache.set(id, rows[i] ?? { ownerId: id, years: {} });
    });
  }

  /** Year counts already loaded by loadYears(), without an await (bulk loops); mutate `.years`. */
  years(table: 'personYears' | 'schoolYears', ownerId: string): YearCounts {
    const row = this.#years.get(table)?.get(ownerId);
    if (row === undefined) throw new Error(`loadYears(${table}) first`);
    return row;
  }

  /** Loads records another table's contributor needs (a person for an attendance), once per transaction. */
  async loadRecords(name: SyncedTable, ids: readonly string[]): Promise<void> {
    const cache = this.#records.get(name) ?? new Map<string, unknown>();
    this.#records.set(name, cache);
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (missing.length === 0) return;
    const rows = await this.db.table(name).bulkGet(missing);
    missing.forEach((id, i) => {
      cache.set(id, rows[i]);
    });
  }

  record<K extends SyncedTable>(name: K, id: string): RecordOf[K] | undefined {
    const cache = this.#records.get(name);
    if (cache === undefined || !cache.has(id)) throw new Error(`loadRecords(${name}) first`);
    return cache.get(id) as RecordOf[K] | undefined;
  }

  /** A unit's own counter rows as they stand in this transaction (stored + what is buffered). */
  async unitRows(unit: string): Promise<AggregateRow[]> {
    const stored = (
      await Promise.all(
        Object.values(BUCKET_KINDS).map((kind) =>
          this.db.aggregates
            .where('[kind+unit+period]')
            .between([kind, unit, Dexie.minKey], [kind, unit, Dexie.maxKey], true, true)
            .toArray(),
        ),
      )
    ).flat();
    const byKey = new Map<string, AggregateRow>(
      stored.map(({ key, kind, period, counts }) => [
        key,
        { key, kind, unit, period, counts: { ...counts } },
      ]),
    );
    for (const delta of this.#delta.values()) {
      if (delta.unit !== unit) continue;
      const next = applyDelta(byKey.get(delta.key), delta);
      if (next === null) byKey.delete(delta.key);
      else byKey.set(delta.key, next);
    }
    return [...byKey.values()];
  }

  /** Moves a unit's rolled-up rows from its old ancestors to its new ones (a unit given a new parent). */
  reroll(rows: readonly AggregateRow[], from: readonly string[], to: readonly string[]): void {
    const shifted = (ancestors: readonly string[]): Contribution => {
      const out: Contribution = new Map();
      for (const row of rows) {
        for (const unit of ancestors) {
          const key = bucketKey(row.kind, unit, row.period);
          out.set(key, { key, kind: row.kind, unit, period: row.period, counts: row.counts });
        }
      }
      return out;
    };
    this.delta(shifted(from), shifted(to));
  }

  /**
   * The changeSeq that stamps the counter rows this write changed: the one of its last record, or a
   * new one when it wrote no record (the province's rows), so it is always above every bundle's end.
   */
  #transactionSeq(): number {
    if (this.#seq === null) throw new Error('WriteContext.begin() not called');
    return this.#seq > this.#begunAt ? this.#seq : this.#nextSeq();
  }

  /** The next changeSeq of this transaction, for what is not a record (counter rows, snapshot marks). */
  #nextSeq(): number {
    if (this.#seq === null) throw new Error('WriteContext.begin() not called');
    this.#seq += 1;
    return this.#seq;
  }

  /**
   * Asks for a full counter snapshot in the next data bundle (the province asked for one, or the rule's
   * inputs changed): every bundle that starts before this write's changeSeq carries one.
   */
  async markFullSnapshot(): Promise<number> {
    const seq = this.#nextSeq();
    await this.db.kv.put({ key: COUNTER_MARKS.fullSince, value: seq });
    return seq;
  }

  /** Replaces every counter row (a rebuild): all stamped with one changeSeq, and a full snapshot next. */
  async replaceAggregates(rows: Iterable<AggregateRow>): Promise<void> {
    this.#delta = new Map();
    const seq = await this.markFullSnapshot();
    const list = [...rows];
    await this.db.aggregates.clear();
    await this.db.aggregates.bulkPut(list.map((row) => ({ ...row, changeSeq: seq })));
    await this.db.counterSpans.clear();
    await this.db.counterSpans.bulkPut([...rollUpSpans(list).values()]);
  }

  /** The same deltas into the months' span roll-ups (spans.ts); an emptied span is deleted. */
  async #applySpans(deltas: readonly AggregateRow[]): Promise<void> {
    const spanDeltas: Contribution = new Map();
    addSpans(spanDeltas, deltas);
    if (spanDeltas.size === 0) return;
    const list = [...spanDeltas.values()];
    const stored = await this.db.counterSpans.bulkGet(list.map((d) => d.key));
    const puts: AggregateRow[] = [];
    const deletes: string[] = [];
    list.forEach((delta, i) => {
      const next = applyDelta(stored[i], delta);
      if (next !== null) puts.push(next);
      else if (stored[i] !== undefined) deletes.push(delta.key);
    });
    if (puts.length > 0) await this.db.counterSpans.bulkPut(puts);
    if (deletes.length > 0) await this.db.counterSpans.bulkDelete(deletes);
  }

  /**
   * Writes the buffered aggregate deltas, the counter and the year counts. Call last in the transaction.
   * Every counter row the write changed is stamped with the write's changeSeq (#transactionSeq),
   * by construction, so the export can ask the index for the rows changed since the last bundle; a row
   * whose counts all reach zero becomes a tombstone (`counts: {}`) rather than disappearing.
   */
  async finish(): Promise<void> {
    if (this.#delta.size > 0) {
      // A delta of only zeros (an edit that moved no counter) leaves its row untouched and unstamped.
      const deltas = [...this.#delta.values()].filter((d) => Object.values(d.counts).some((n) => n !== 0));
      const stored = await this.db.aggregates.bulkGet(deltas.map((d) => d.key));
      const puts: StoredAggregate[] = [];
      let seq: number | null = null;
      deltas.forEach((delta, i) => {
        const before = stored[i];
        const next = applyDelta(before, delta);
        seq ??= this.#transactionSeq();
        if (next !== null) puts.push({ ...next, changeSeq: seq });
        else if (before !== undefined && Object.keys(before.counts).length > 0)
          puts.push({ ...delta, counts: {}, changeSeq: seq });
      });
      if (puts.length > 0) await this.db.aggregates.bulkPut(puts);
      await this.#applySpans(deltas);
      this.#delta = new Map();
    }
    if (this.#seq !== null) await this.db.kv.put({ key: CHANGE_SEQ_KEY, value: this.#seq });
    for (const [name, cache] of this.#years) {
      const table = this.db.table<YearCounts, string>(name);
      const rows = [...cache.values()];
      const empty = rows.filter((row) => Object.keys(row.years).length === 0).map((row) => row.ownerId);
      const full = rows.filter((row) => Object.keys(row.years).length > 0);
      if (full.length > 0) await table.bulkPut(full);
      if (empty.length > 0) await table.bulkDelete(empty);
    }
    this.#years = new Map();
  }
}
