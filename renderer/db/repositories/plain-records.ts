import type { Table } from 'dexie';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { Permission } from '../../../shared/model';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import type { RecordOf, SyncedTable, TableName } from '../tables';
import type { Draft, WriteContext } from '../write-context';

/**
 * Create / update / tombstone / list for a record kind through the write primitive, which keeps
 * metadata, counters (contributors.ts) and audit right. Used for programme records, plans, target
 * populations, units and the exchange log; `after` is for cascades only (a training's attendances).
 */
export type PlainHooks<R> = {
  /** Extra derived fields computed from the validated fields. */
  derive?: (fields: Record<string, unknown>) => Record<string, unknown>;
  /** Runs inside the transaction after the write, with the before/after records (cascades). */
  after?: (ctx: WriteContext, before: R | undefined, after: R) => Promise<void>;
  /** Extra tables the hook touches. */
  tables?: readonly TableName[];
  /** Uniqueness and other checks that need the database, inside the transaction. */
  check?: (fields: Record<string, unknown>, id: string) => Promise<void>;
  /** A fixed id (units use their code) instead of a fresh UUIDv7. */
  idOf?: (fields: Record<string, unknown>) => string;
};

export class PlainRecords<K extends SyncedTable, S extends z.ZodType, R extends RecordOf[K] = RecordOf[K]> {
  protected readonly table: Table<R, string>;

  constructor(
    protected readonly core: StoreCore,
    readonly kind: K,
    protected readonly schema: S,
    protected readonly permissions: { read: Permission; write: Permission },
    protected readonly hooks: PlainHooks<R> = {},
  ) {
    this.table = core.db.table(kind);
  }

  async create(input: z.input<S>): Promise<R> {
    this.core.authorise(this.permissions.write);
    const fields = parseOrThrow(this.schema, input) as Record<string, unknown>;
    return this.core.write(this.#tables(), async (ctx) => this.insert(ctx, fields));
  }

  /** Inside an open write: used by bulk loaders and cascades. */
  async insert(ctx: WriteContext, fields: Record<string, unknown>): Promise<R> {
    const id = this.hooks.idOf?.(fields) ?? uuidv7();
    await this.hooks.check?.(fields, id);
    const draft = { ...fields, ...(this.hooks.derive?.(fields) ?? {}), id } as unknown as Draft<R>;
    const record = (await ctx.put(this.kind, undefined, draft)) as R;
    await this.hooks.after?.(ctx, undefined, record);
    return record;
  }

  async update(id: string, patch: Partial<z.input<S>>, expectedRev?: number): Promise<R> {
    this.core.authorise(this.permissions.write);
    return this.core.write(this.#tables(), async (ctx) => {
      const before = await this.table.get(id);
      if (before === undefined || before.deletedAt !== null) throw new StoreError('notFound');
      if (expectedRev !== undefined && before.rev !== expectedRev) throw new StoreError('conflict');
      const fields = parseOrThrow(this.schema, { ...stripMeta(before), ...patch }) as Record<string, unknown>;
      await this.hooks.check?.(fields, id);
      return this.replace(ctx, before, { ...fields, ...(this.hooks.derive?.(fields) ?? {}) }, 'update');
    });
  }

  async remove(id: string, expectedRev?: number): Promise<R> {
    this.core.authorise(this.permissions.write);
    return this.core.write(this.#tables(), async (ctx) => {
      const before = await this.table.get(id);
      if (before === undefined || before.deletedAt !== null) throw new StoreError('notFound');
      if (expectedRev !== undefined && before.rev !== expectedRev) throw new StoreError('conflict');
      return this.replace(ctx, before, { ...stripMeta(before) }, 'delete');
    });
  }

  /** Writes the next revision of `before` inside an open write. */
  async replace(
    ctx: WriteContext,
    before: R,
    fields: Record<string, unknown>,
    action: 'update' | 'delete',
  ): Promise<R> {
    const draft = {
      ...fields,
      id: before.id,
      deletedAt: action === 'delete' ? ctx.now : before.deletedAt,
    } as unknown as Draft<R>;
    const after = (await ctx.put(this.kind, before, draft)) as R;
    await this.hooks.after?.(ctx, before, after);
    return after;
  }

  async get(id: string): Promise<R | undefined> {
    this.core.authorise(this.permissions.read);
    return this.table.get(id);
  }

  /** Live records, optionally filtered by an indexed field; for small tables and hooks. */
  async list(where?: { index: string; equals: string | number }): Promise<R[]> {
    this.core.authorise(this.permissions.read);
    const { lists } = this.core;
    if (where === undefined) {
      const held = lists.held(this.kind) as readonly R[] | undefined;
      if (held !== undefined) {
        // A count, so that a live query over this list still watches the table (and re-reads it).
        await this.table.count();
        return [...held];
      }
    }
    const epoch = lists.epoch;
    const collection =
      where === undefined ? this.table.toCollection() : this.table.where(where.index).equals(where.equals);
    // toArray() first: a Dexie filter() walks a cursor row by row, getAll() fetches in one go (3–5× here).
    const rows = (await collection.toArray()).filter((r) => r.deletedAt === null);
    if (where === undefined) lists.keep(this.kind, epoch, rows);
    return [...rows];
  }

  #tables(): TableName[] {
    return [this.kind, ...(this.hooks.tables ?? [])];
  }
}

const META = new Set(['id', 'rev', 'updatedAt', 'changeSeq', 'deletedAt', 'origin', 'demo']);
export function stripMeta(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !META.has(key)));
}
