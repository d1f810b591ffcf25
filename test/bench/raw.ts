/**
 * Raw IndexedDB, no Dexie and no store code: the floor each benchmark's figure is compared with
 * (the baseline of its ratio), measured in the same browser in the same run.
 */

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/** Opens a database at its current version, or creates it with `create` run on upgrade. */
export function openRaw(name: string, create?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = create === undefined ? indexedDB.open(name) : indexedDB.open(name, 1);
    if (create !== undefined) request.onupgradeneeded = () => create(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** add() of every row in one transaction into a fresh object store with no indexes; ms. */
export async function rawAddAll(name: string, rows: readonly object[]): Promise<number> {
  await deleteDb(name);
  const db = await openRaw(name, (d) => d.createObjectStore('rows', { keyPath: 'id' }));
  const started = performance.now();
  const tx = db.transaction('rows', 'readwrite');
  const store = tx.objectStore('rows');
  for (const row of rows) store.add(row);
  await done(tx);
  const ms = performance.now() - started;
  db.close();
  await deleteDb(name);
  return ms;
}

/** getAll() of whole object stores of an existing database in one read transaction; ms and row count. */
export async function rawReadAll(
  name: string,
  stores: readonly string[],
): Promise<{ ms: number; rows: number }> {
  const db = await openRaw(name);
  const started = performance.now();
  const tx = db.transaction([...stores], 'readonly');
  let rows = 0;
  for (const store of stores) {
    const request = tx.objectStore(store).getAll();
    request.onsuccess = () => {
      rows += request.result.length;
    };
  }
  await done(tx);
  const ms = performance.now() - started;
  db.close();
  return { ms, rows };
}

/** `count` small transactions, each put() of one row: what saving a record costs without a store; ms. */
export async function rawPutEach(name: string, rows: readonly object[]): Promise<number> {
  await deleteDb(name);
  const db = await openRaw(name, (d) => d.createObjectStore('rows', { keyPath: 'id' }));
  const started = performance.now();
  for (const row of rows) {
    const tx = db.transaction('rows', 'readwrite', { durability: 'strict' });
    tx.objectStore('rows').put(row);
    await done(tx);
  }
  const ms = performance.now() - started;
  db.close();
  await deleteDb(name);
  return ms;
}

export const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Median of `runs` timings of `step` (awaited). */
export async function timeRuns(runs: number, step: (i: number) => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await step(i);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * Reads every row of `store` in primary-key batches of `batch` and writes each batch back in its own
 * transaction: the floor of any pass that rewrites a whole table in batches (the identity-key rotation); ms.
 */
export async function rawRewriteInBatches(name: string, store: string, batch: number): Promise<number> {
  const db = await openRaw(name);
  const started = performance.now();
  let after: IDBValidKey | null = null;
  for (;;) {
    const read = db.transaction(store, 'readonly');
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const request = read.objectStore(store).getAll(range, batch);
    await done(read);
    const rows = request.result as { id: IDBValidKey }[];
    if (rows.length === 0) break;
    const write = db.transaction(store, 'readwrite', { durability: 'strict' });
    for (const row of rows) write.objectStore(store).put(row);
    await done(write);
    after = rows.at(-1)?.id ?? null;
  }
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/** An object store to copy: its key path, its indexes (name → key path) and its rows. */
export type RawTable = {
  name: string;
  keyPath: string;
  indexes: Record<string, string | string[]>;
  rows: object[];
};

/**
 * put() of every row of `tables` in ONE transaction with the store's durability ('strict'), into a
 * fresh database whose object stores have the same key paths and indexes: the floor of a write that
 * must leave exactly these rows behind; ms.
 */
export async function rawPutSameShape(name: string, tables: readonly RawTable[]): Promise<number> {
  await deleteDb(name);
  const db = await openRaw(name, (d) => {
    for (const t of tables) {
      const store = d.createObjectStore(t.name, { keyPath: t.keyPath });
      for (const [index, keyPath] of Object.entries(t.indexes)) store.createIndex(index, keyPath);
    }
  });
  const started = performance.now();
  const tx = db.transaction(
    tables.map((t) => t.name),
    'readwrite',
    { durability: 'strict' },
  );
  for (const t of tables) {
    const store = tx.objectStore(t.name);
    for (const row of t.rows) store.put(row);
  }
  await done(tx);
  const ms = performance.now() - started;
  db.close();
  await deleteDb(name);
  return ms;
}

/** Every row of `stores` of an existing database (what a write left behind, to time its floor). */
export async function rawRows(name: string, stores: readonly string[]): Promise<Map<string, object[]>> {
  const db = await openRaw(name);
  const tx = db.transaction([...stores], 'readonly');
  const out = new Map<string, object[]>();
  for (const store of stores) {
    const request = tx.objectStore(store).getAll();
    request.onsuccess = () => out.set(store, request.result as object[]);
  }
  await done(tx);
  db.close();
  return out;
}
