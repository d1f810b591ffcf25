import { Encrypter } from 'age-encryption';
import { exportDB } from 'dexie-export-import';
import { openStore } from '../../renderer/db';
import { BinhAnDb } from '../../renderer/db/database';
import { generateAgeKey } from '../../shared/bundle/age';
import { deleteDb, openRaw } from './raw';
import { existingStore } from './store-steps';

/**
 * The backup (issue 10 item 6): the store's export (batched reads, NDJSON, gzip) encrypted with age as
 * main does it — the file write and the transport to main are not in this figure — beside
 * dexie-export-import's exportDB of the same database; the restore from the same gzip parts into an
 * empty database beside raw IndexedDB put() of the same rows in batches into a database of the same
 * shape (key paths and indexes). Peak JS heap sampled throughout.
 */
const log = (text: string) => console.log(`[bench] ${text}`);

type Memory = { usedJSHeapSize: number };
const heapNow = () => (performance as unknown as { memory?: Memory }).memory?.usedJSHeapSize ?? 0;

function heapPeak() {
  let peak = heapNow();
  const timer = setInterval(() => {
    peak = Math.max(peak, heapNow());
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, heapNow());
  };
}

async function rawPutBatches(source: string, target: string): Promise<number> {
  const from = await openRaw(source);
  const names = [...from.objectStoreNames];
  await deleteDb(target);
  // The same shape as the store's database: key paths and every index, which IndexedDB maintains on put.
  type IndexShape = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };
  const shapes = new Map<string, { keyPath: string | string[] | null; indexes: IndexShape[] }>();
  const tx0 = from.transaction(names, 'readonly');
  for (const n of names) {
    const store = tx0.objectStore(n);
    const indexes = [...store.indexNames].map((i) => {
      const index = store.index(i);
      return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    shapes.set(n, { keyPath: store.keyPath, indexes });
  }
  const to = await openRaw(target, (d) => {
    for (const n of names) {
      const shape = shapes.get(n);
      const store = d.createObjectStore(n, { keyPath: shape?.keyPath ?? null });
      for (const i of shape?.indexes ?? [])
        store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  });
  let ms = 0;
  for (const n of names) {
    // Reading is not the baseline's cost: rows are read first, then put in batches of 2,000.
    const rows = await new Promise<unknown[]>((ok, no) => {
      const r = from.transaction(n, 'readonly').objectStore(n).getAll();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const started = performance.now();
    for (let i = 0; i < rows.length; i += 2000) {
      await new Promise<void>((ok, no) => {
        const tx = to.transaction(n, 'readwrite');
        const store = tx.objectStore(n);
        for (const row of rows.slice(i, i + 2000)) store.put(row);
        tx.oncomplete = () => ok();
        tx.onerror = () => no(tx.error);
      });
    }
    ms += performance.now() - started;
  }
  from.close();
  to.close();
  await deleteDb(target);
  return ms;
}

export const backupSteps = {
  async backupFigures(args: { name: string }) {
    const store = await existingStore(args.name);
    const key = await generateAgeKey();
    log('backup: export + gzip + age');
    const parts: Uint8Array<ArrayBuffer>[] = [];
    const encrypter = new Encrypter();
    encrypter.addRecipient(key.recipient);
    const plain = new TransformStream<Uint8Array, Uint8Array>();
    const writer = plain.writable.getWriter();
    const cipher = (await encrypter.encrypt(plain.readable)).getReader();
    let bytes = 0;
    const counting = (async () => {
      for (;;) {
        const { done, value } = await cipher.read();
        if (done) return;
        bytes += value.length;
      }
    })();
    const heapBefore = heapNow();
    const peakBackup = heapPeak();
    const started = performance.now();
    // Nothing is kept: the parts go to age and are counted, as main writes them to the file.
    const manifestPart = await store.backup.export((part) => writer.write(part));
    await writer.close();
    await counting;
    const backupMs = performance.now() - started;
    const backupHeap = peakBackup();
    const rows = Object.values(manifestPart.counts).reduce((a, b) => a + b, 0);
    log(`backup: ${rows} rows, ${bytes} bytes encrypted`);

    log('dexie-export-import exportDB');
    const dexieStarted = performance.now();
    const db = new BinhAnDb(args.name);
    await db.open();
    const blob = await exportDB(db);
    db.close();
    const dexieMs = performance.now() - dexieStarted;

    log('restore into an empty database (its parts from a second, untimed export)');
    // exportDB takes minutes: the session may have auto-locked meanwhile; sign in again.
    const again = await existingStore(args.name);
    await again.backup.export(async (part) => {
      parts.push(part as Uint8Array<ArrayBuffer>);
    });
    const target = `${args.name}-restored`;
    await deleteDb(target);
    const fresh = await openStore({ name: target });
    let i = 0;
    const manifest = {
      ...manifestPart,
      // The second export's own audit entry is one more row.
      counts: { ...manifestPart.counts, audit: (manifestPart.counts.audit ?? 0) + 1 },
      format: 'binhan-backup' as const,
      version: 1 as const,
      createdAt: new Date().toISOString(),
      appVersion: 'bench',
      recipient: key.recipient,
      files: [],
      lastSent: {},
      entries: {
        key: { sha256: '0'.repeat(64), size: 0 },
        files: { sha256: '0'.repeat(64), size: 0 },
        db: { sha256: '0'.repeat(64), size: bytes },
      },
    };
    const heapBeforeRestore = heapNow();
    const peakRestore = heapPeak();
    const restoreStarted = performance.now();
    await fresh.backup.restore({
      manifest,
      source: async () => {
        const part = parts[i];
        parts[i] = new Uint8Array(0);
        i += 1;
        return part ?? null;
      },
      commitFiles: async () => undefined,
    });
    const restoreMs = performance.now() - restoreStarted;
    const restoreHeap = peakRestore();
    fresh.close();
    await deleteDb(target);
    log('raw put of the same rows');
    const rawPutMs = await rawPutBatches(args.name, `${args.name}-rawput`);
    return {
      rows,
      backupMs,
      bytes,
      dexieMs,
      dexieBytes: blob.size,
      restoreMs,
      rawPutMs,
      backupHeap,
      restoreHeap,
      heapBefore,
      heapBeforeRestore,
    };
  },
};
