/** Raw IndexedDB access without Dexie: what someone reading the disk would see. */
export async function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Every key and value of every object store. */
export async function rawDump(
  name: string,
): Promise<{ store: string; keys: unknown[]; values: unknown[] }[]> {
  const db = await rawOpen(name);
  try {
    const out = [];
    for (const store of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(store, 'readonly');
      const os = tx.objectStore(store);
      const keys = await done(os.getAllKeys());
      const values = await done(os.getAll());
      // Index keys too: an index could hold a value that the record no longer shows.
      const indexKeys: unknown[] = [];
      for (const indexName of Array.from(os.indexNames)) {
        const index = os.index(indexName);
        const cursorKeys = await new Promise<unknown[]>((resolve, reject) => {
          const found: unknown[] = [];
          const request = index.openKeyCursor();
          request.onsuccess = () => {
            const cursor = request.result;
            if (cursor === null) resolve(found);
            else {
              found.push(cursor.key);
              cursor.continue();
            }
          };
          request.onerror = () => reject(request.error);
        });
        indexKeys.push(...cursorKeys);
      }
      out.push({ store, keys: [...keys, ...indexKeys], values });
    }
    return out;
  } finally {
    db.close();
  }
}

/** Replaces one value in a store by key, bypassing Dexie and the repositories. */
export async function rawPut(name: string, store: string, value: unknown): Promise<void> {
  const db = await rawOpen(name);
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function rawDelete(name: string, store: string, key: IDBValidKey): Promise<void> {
  const db = await rawOpen(name);
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).delete(key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function rawGet(name: string, store: string, key: IDBValidKey): Promise<unknown> {
  const db = await rawOpen(name);
  try {
    return await done(db.transaction(store, 'readonly').objectStore(store).get(key));
  } finally {
    db.close();
  }
}
