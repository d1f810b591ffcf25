import { DEFAULT_SETTINGS, type OfficeProfile, type Permission, type Settings } from '../../shared/model';
import type { AuditHeadReporter } from './audit-head';
import type { BinhAnDb } from './database';
import { StoreError } from './errors';
import { ListCache } from './list-cache';
import type { Session } from './session';
import type { TableName } from './tables';
import type { UnitTree } from './unit-chain';
import { type Actor, WriteContext, writeScope } from './write-context';

/**
 * What every repository shares: the database, the unit tree, the office profile and the current
 * session. Internal to renderer/db/.
 */
export class StoreCore {
  session: Session | null = null;
  office: OfficeProfile | null = null;
  settings: Settings = DEFAULT_SETTINGS;
  /** The small tables' live rows between reads (list-cache.ts); every write here keeps it right. */
  readonly lists = new ListCache();
  /** Called on every authorised call, so use of the app postpones auto-lock. */
  onActivity: () => void = () => undefined;

  constructor(
    readonly db: BinhAnDb,
    readonly units: UnitTree,
    readonly auditHead: AuditHeadReporter | null = null,
  ) {}

  /** The signed-in, unlocked session that holds `permission`; throws locked/forbidden otherwise. */
  authorise(permission: Permission): Session {
    const session = this.session;
    if (session === null) throw new StoreError('locked');
    session.require(permission);
    this.onActivity();
    return session;
  }

  /** Like authorise, for any one of several permissions. */
  authoriseAny(permissions: readonly Permission[]): Session {
    const session = this.session;
    if (session === null || session.locked) throw new StoreError('locked');
    if (!permissions.some((p) => session.permissions.has(p))) {
      throw new StoreError('forbidden', { detail: permissions.join('|') });
    }
    this.onActivity();
    return session;
  }

  actor(): Actor {
    const user = this.session?.user;
    return { userId: user?.id ?? null, username: user?.username ?? null };
  }

  originUnit(): string {
    if (this.office === null) throw new StoreError('notSetUp');
    return this.office.unitCode;
  }

  /**
   * One user action = one read-write transaction over the tables it names, what their counters
   * need, the change counter, the audit log and the aggregates: the record, its audit entry and the
   * indicators change together or not at all. Tables are named, not passed, so the scope is derived
   * from the contributor registry and no repository can leave a counter table out.
   */
  async write<T>(
    tables: readonly TableName[],
    action: (ctx: WriteContext) => Promise<T>,
    options: { demo?: boolean; origin?: string; actor?: Actor } = {},
  ): Promise<T> {
    const origin = options.origin ?? this.originUnit();
    const scope = writeScope(tables);
    let head: { seq: number; hash: string } | null = null;
    const listed = this.lists.writing(scope);
    try {
      const result = await this.db.transaction(
        'rw',
        scope.map((name) => this.db.table(name)),
        async () => {
          const actor = options.actor ?? this.actor();
          const ctx = new WriteContext(this.db, this.units, actor, origin, options.demo ?? false);
          await ctx.begin();
          const value = await action(ctx);
          await ctx.finish();
          head = ctx.appendedHead;
          return value;
        },
      );
      // Committed: main's copy of the head follows (outside the transaction, never awaited by the user).
      if (head !== null) this.auditHead?.report(head);
      return result;
    } catch (error) {
      // The units contributor moves the in-memory tree inside the transaction; undo with the stored tree.
      if (scope.includes('units')) this.units.replace(await this.db.units.toArray());
      throw error;
    } finally {
      if (listed) this.lists.written();
    }
  }
}
