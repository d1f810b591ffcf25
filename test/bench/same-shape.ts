import { BinhAnDb } from '../../renderer/db/database';
import { type RawTable, rawRows } from './raw';

/**
 * The tables of the store's database `name` as they stand: key path and indexes (from Dexie's schema,
 * so a raw copy has the same shape) and every row — what a write left behind, for its raw floor.
 */
export async function tablesOf(name: string, tables: readonly string[]): Promise<RawTable[]> {
  const db = new BinhAnDb(name);
  await db.open();
  const shapes = tables.map((table) => {
    const schema = db.table(table).schema;
    const keyPath = schema.primKey.keyPath;
    if (typeof keyPath !== 'string') throw new Error(`${table}: a compound primary key`);
    const indexes = Object.fromEntries(schema.indexes.map((i) => [i.name, i.keyPath as string | string[]]));
    return { name: table, keyPath, indexes };
  });
  db.close();
  const rows = await rawRows(name, tables);
  return shapes.map((shape) => ({ ...shape, rows: rows.get(shape.name) ?? [] }));
}
