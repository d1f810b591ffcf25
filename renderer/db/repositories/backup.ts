import type { BackupManifest, BackupRendererPart } from '../../../shared/backup/backup-format';
import { newBackupKey } from '../../../shared/backup/backup-key';
import { decodeRowLine, encodeRowLine } from '../../../shared/backup/row-codec';
import { fromBase64, toBase64 } from '../../../shared/bundle/bytes';
import type { StoreCore } from '../core';
import type { BinhAnDb } from '../database';
import { StoreError } from '../errors';
import { COUNTER_MARKS } from '../exchange/counter-marks';
import { unlockRecovery, wipe } from '../identity-keys';
import { KV } from '../keyring';
import { LATEST_VERSION } from '../migrations';
import { checkIntegrity, type IntegrityReport } from './integrity';

/** kv 'backupKey': the backup key's public half and backup-key.age (shared/backup/backup-key.ts). */
export type StoredBackupKey = { recipient: string; keyFile: Uint8Array; createdAt: string };
const BACKUP_KEY = 'backupKey';

/** Where a backup's gzip bytes go (main, in parts) and where a restore's come from. */
export type BackupSink = (gzipPart: Uint8Array) => Promise<void>;
export type RestoreSource = () => Promise<Uint8Array<ArrayBuffer> | null>;
export type BackupProgress = { table: string; rows: number; totalRows: number };

/** Why a restore was refused before anything changed, or stopped (the office is then "not set up"). */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
  constructor(readonly reason: 'schemaVersion' | 'needsRecoveryKey' | 'counts' | 'damaged') {
    super(`restore refused: ${reason}`);
  }
}

const BATCH = 2000;
const PART_BYTES = 2 * 1024 * 1024;
/** This computer's sign-in throttle is not the office's data. */
const skipKv = (key: string) => key.startsWith('throttle:');

/**
 * Backups and restores of the whole database (issue 10). A backup reads every table in primary-key
 * batches and streams gzip NDJSON out, so 100,000 cases never sit in memory at once; the rows go out
 * as stored (vaults stay sealed). A restore writes into an emptied database and writes the office row
 * last: until then the app sees an office that is not set up, so a restore killed at any point is
 * simply done again, and a half-restored office never opens.
 */
export class BackupRepository {
  constructor(private readonly core: StoreCore) {}

  /** The start-up check of a set-up office (integrity.ts). */
  integrity(): Promise<IntegrityReport> {
    return checkIntegrity(this.core);
  }

  async key(): Promise<{ recipient: string; keyFile: string } | null> {
    const row = await this.core.db.kv.get(BACKUP_KEY);
    const value = row?.value as StoredBackupKey | undefined;
    return value === undefined ? null : { recipient: value.recipient, keyFile: toBase64(value.keyFile) };
  }

  /**
   * Makes the office's backup key, once, with the recovery key: checked against this office's keyring
   * first, so a backup can never be made that the office's own recovery key would not open.
   */
  async createKey(recoveryKey: string): Promise<{ recipient: string; keyFile: string }> {
    this.core.authorise('store.maintain');
    const { dataKey, identity } = await unlockRecovery(this.core.db, recoveryKey);
    wipe(identity);
    dataKey.fill(0);
    const createdAt = new Date().toISOString();
    const made = await newBackupKey(recoveryKey, createdAt);
    const value: StoredBackupKey = { recipient: made.recipient, keyFile: made.keyFile, createdAt };
    await this.core.write([], async (ctx) => {
      await this.core.db.kv.put({ key: BACKUP_KEY, value });
      await ctx.audit({ action: 'settingsChange', kind: 'backup', recordId: null, detail: 'backupKey' });
    });
    return { recipient: made.recipient, keyFile: toBase64(made.keyFile) };
  }

  /** Rows per table now (what a backup will hold), for the progress bar. */
  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of this.core.db.tables) out[t.name] = await t.count();
    return out;
  }

  /**
   * Streams every table to `sink` as gzip NDJSON (`["table",row]` lines). The audit entry for the
   * backup is written first so the backup holds it; if anything is written while the tables are being
   * read, the snapshot would mix two states, so the backup stops with `conflict` (try again).
   */
  async export(
    sink: BackupSink,
    onProgress: (p: BackupProgress) => void = () => {},
  ): Promise<BackupRendererPart> {
    this.core.authorise('store.maintain');
    const office = this.core.office;
    if (office === null) throw new StoreError('notSetUp');
    const { db } = this.core;
    await this.core.write([], (ctx) =>
      ctx.audit({ action: 'export', kind: 'backup', recordId: null, detail: null }).then(() => undefined),
    );
    const before = await snapshotMark(db);
    const totalRows = Object.values(await this.counts()).reduce((a, b) => a + b, 0);
    const counts: Record<string, number> = {};
    const gzip = new CompressionStream('gzip');
    const writer = gzip.writable.getWriter();
    const pumping = pump(gzip.readable, sink);
    let rows = 0;
    try {
      for (const table of db.tables) {
        counts[table.name] = 0;
        await eachBatch(db, table.name, async (batch) => {
          let text = '';
          for (const row of batch) {
            if (table.name === 'kv' && skipKv((row as { key: string }).key)) continue;
            text += `${encodeRowLine(table.name, row)}\n`;
            counts[table.name] = (counts[table.name] ?? 0) + 1;
          }
          rows += batch.length;
          await writer.write(new TextEncoder().encode(text));
          onProgress({ table: table.name, rows, totalRows });
        });
      }
      await writer.close();
      await pumping;
    } catch (e) {
      await writer.abort(e).catch(() => undefined);
      await pumping.catch(() => undefined);
      throw e;
    }
    const after = await snapshotMark(db);
    if (before !== after) throw new StoreError('conflict', { detail: 'written during backup' });
    const last = await db.audit.orderBy('seq').last();
    return {
      schemaVersion: LATEST_VERSION,
      office: { officeId: null, unitCode: office.unitCode, name: office.name },
      counts,
      auditHead: last === undefined ? null : { seq: last.seq, hash: last.hash },
    };
  }

  /**
   * Replaces the database with a backup's rows. Over an office that is set up it needs that office's
   * recovery key (`confirmRecoveryKey`). Order: the office row goes, every table is emptied, the rows
   * stream in, the counts are checked against the manifest, `commitFiles` restores main's files, and
   * only then is the office row written. Any stop before that leaves "not set up", never a mix.
   */
  async restore(input: {
    manifest: BackupManifest;
    source: RestoreSource;
    commitFiles: () => Promise<void>;
    confirmRecoveryKey?: string;
    onProgress?: (p: BackupProgress) => void;
  }): Promise<void> {
    const { db } = this.core;
    if (input.manifest.schemaVersion !== LATEST_VERSION) throw new RestoreRefused('schemaVersion');
    if ((await db.kv.get(KV.office)) !== undefined) {
      if (input.confirmRecoveryKey === undefined) throw new RestoreRefused('needsRecoveryKey');
      try {
        const { dataKey, identity } = await unlockRecovery(db, input.confirmRecoveryKey);
        wipe(identity);
        dataKey.fill(0);
      } catch (e) {
        // A damaged keyring cannot check the key; the caller opened this office's own backup with it.
        const sameOffice = this.core.office?.unitCode === input.manifest.office.unitCode;
        if (!(e instanceof StoreError) || e.code === 'badRecoveryKey' || !sameOffice) throw e;
      }
    }
    this.core.session?.lock();
    this.core.session = null;
    // The restore writes every table itself, not through StoreCore.write: nothing kept survives it.
    this.core.lists.forget();
    // A new database, not only emptied tables: files Chromium found damaged (and dropped, or would
    // drop at the next start, taking the restored rows with them) go with the old one.
    await db.transaction('rw', db.tables, async () => {
      await db.kv.delete(KV.office);
      for (const t of db.tables) await t.clear();
    });
    await db.delete({ disableAutoOpen: false });
    await db.open();
    this.core.office = null;

    const known = new Set(db.tables.map((t) => t.name));
    const totalRows = Object.values(input.manifest.counts).reduce((a, b) => a + b, 0);
    const counts: Record<string, number> = {};
    let officeRow: unknown;
    let pending = new Map<string, unknown[]>();
    let pendingRows = 0;
    let rows = 0;
    // One batch is written while the next is parsed: IndexedDB works in the browser's own process.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const batch = pending;
      const upTo = rows;
      pending = new Map();
      pendingRows = 0;
      await writing;
      writing = (async () => {
        for (const [name, list] of batch) await db.table(name).bulkPut(list);
        input.onProgress?.({ table: [...batch.keys()].at(-1) ?? '', rows: upTo, totalRows });
      })();
      writing.catch(() => undefined);
    };
    for await (const line of linesOf(input.source)) {
      let decoded: { table: string; row: unknown };
      try {
        decoded = decodeRowLine(line);
      } catch {
        throw new RestoreRefused('damaged');
      }
      const { table, row } = decoded;
      if (!known.has(table)) throw new RestoreRefused('damaged');
      counts[table] = (counts[table] ?? 0) + 1;
      rows += 1;
      if (table === 'kv' && (row as { key?: unknown }).key === KV.office) {
        officeRow = row;
        continue;
      }
      let list = pending.get(table);
      if (list === undefined) {
        list = [];
        pending.set(table, list);
      }
      list.push(row);
      pendingRows += 1;
      if (pendingRows >= BATCH) await flush();
    }
    await flush();
    await writing;
    for (const [table, n] of Object.entries(input.manifest.counts)) {
      if ((counts[table] ?? 0) !== n) throw new RestoreRefused('counts');
    }
    if (officeRow === undefined) throw new RestoreRefused('damaged');
    // The province may hold counters from bundles sent after this backup was made (changes this office
    // has now lost): the next data bundle carries the full counter snapshot, which replaces them, so the
    // province's figures are again the office's own. One step past the restored changeSeq, as
    // markFullSnapshot does, so exactly the bundles that start before it are full.
    const seq = await db.kv.get(KV.changeSeq);
    const next = (typeof seq?.value === 'number' ? seq.value : 0) + 1;
    await db.kv.bulkPut([
      { key: KV.changeSeq, value: next },
      { key: COUNTER_MARKS.fullSince, value: next },
    ]);
    await input.commitFiles();
    // The last write: from here on the office is set up, whole.
    await db.kv.put(officeRow as { key: string; value: unknown });
    this.core.lists.forget();
  }
}

/** What changes with any write: the change counter and the newest audit entry. */
async function snapshotMark(db: BinhAnDb): Promise<string> {
  const [seq, last] = await Promise.all([db.kv.get(KV.changeSeq), db.audit.orderBy('seq').last()]);
  return `${String(seq?.value ?? 0)}/${last?.seq ?? 0}`;
}

/** Reads a table in primary-key order, BATCH rows per read transaction. */
async function eachBatch(
  db: BinhAnDb,
  name: string,
  each: (rows: unknown[]) => Promise<void>,
): Promise<void> {
  const table = db.table(name);
  const keyPath = table.schema.primKey.keyPath;
  const keyOf = (row: Record<string, unknown>): unknown =>
    Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath ?? ''];
  let after: unknown;
  for (;;) {
    const batch: Record<string, unknown>[] =
      after === undefined
        ? await table.orderBy(':id').limit(BATCH).toArray()
        : await table
            .where(':id')
            .above(after as string)
            .limit(BATCH)
            .toArray();
    if (batch.length === 0) return;
    await each(batch);
    const last = batch.at(-1);
    if (last === undefined || batch.length < BATCH) return;
    after = keyOf(last);
  }
}

/** Gzip output to the sink in parts of about 2 MiB. */
async function pump(readable: ReadableStream<Uint8Array>, sink: BackupSink): Promise<void> {
  const reader = readable.getReader();
  let parts: Uint8Array[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    parts = [];
    size = 0;
    await sink(out);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.length;
    if (size >= PART_BYTES) await flush();
  }
  await flush();
}

/** The NDJSON lines of a restore's gzip parts, decompressed as they arrive. */
async function* linesOf(source: RestoreSource): AsyncGenerator<string> {
  const gunzip = new DecompressionStream('gzip');
  const writer = gunzip.writable.getWriter();
  const feeding = (async () => {
    for (;;) {
      const part = await source();
      if (part === null) break;
      await writer.write(part);
    }
    await writer.close();
  })();
  feeding.catch(() => undefined);
  const reader = gunzip.readable.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const lines = (rest + value).split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
  } catch {
    throw new RestoreRefused('damaged');
  }
  await feeding;
  if (rest !== '') yield rest;
}

export const backupPartFromBase64 = (text: string): Uint8Array<ArrayBuffer> => {
  const bytes = fromBase64(text);
  if (bytes === null) throw new RestoreRefused('damaged');
  return bytes as Uint8Array<ArrayBuffer>;
};
