import type { TableName } from './tables';

/**
 * The live rows of the small tables every Overview opening lists (units with their sources, target
 * populations, plans: ~250 KB of units alone), kept in memory between reads so an opening does not
 * deserialise them again. Only the store writes them, through `StoreCore.write`, which calls
 * `writing` before its transaction and `written` after it (committed or not): while a write is under
 * way nothing is kept, and a read begun before a change never keeps what it read (the epoch moved).
 */
export const CACHED_LISTS: ReadonlySet<TableName> = new Set<TableName>(['units', 'populations', 'plans']);

export class ListCache {
  #lists = new Map<TableName, readonly unknown[]>();
  #epoch = 0;
  #writes = 0;

  /** The kept rows of `table`, or undefined (then read them and `keep` them with the epoch read before). */
  held(table: TableName): readonly unknown[] | undefined {
    return this.#writes === 0 ? this.#lists.get(table) : undefined;
  }

  get epoch(): number {
    return this.#epoch;
  }

  keep(table: TableName, epoch: number, rows: readonly unknown[]): void {
    if (this.#writes === 0 && epoch === this.#epoch && CACHED_LISTS.has(table)) this.#lists.set(table, rows);
  }

  /** A write over `tables` begins: forget what it may change, keep nothing until it ends. */
  writing(tables: readonly TableName[]): boolean {
    if (!tables.some((t) => CACHED_LISTS.has(t))) return false;
    this.#writes += 1;
    this.forget();
    return true;
  }

  written(): void {
    this.#writes -= 1;
    this.forget();
  }

  /** Drops every kept list (a write, or a restore that replaces the whole database). */
  forget(): void {
    this.#epoch += 1;
    this.#lists.clear();
  }
}
