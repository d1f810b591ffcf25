import {
  type OfficeProfile,
  type Settings,
  SMALL_CELL_MAX,
  SMALL_CELL_MIN,
  settingsSchema,
} from '../../shared/model';
import { type AuditHeadPort, AuditHeadReporter } from './audit-head';
import { StoreCore } from './core';
import { BinhAnDb } from './database';
import { KV } from './keyring';
import { AggregatesRepository } from './repositories/aggregates';
import { AuditRepository } from './repositories/audit';
import { AuthRepository } from './repositories/auth';
import { BackupRepository } from './repositories/backup';
import { CasesRepository } from './repositories/cases';
import { ConfigRepository } from './repositories/config';
import { DemoRepository } from './repositories/demo';
import { DraftsRepository } from './repositories/drafts';
import { ExchangeRepository } from './repositories/exchange';
import { IdentityRepository } from './repositories/identity';
import { ProgrammeRepository } from './repositories/programme';
import { plainRepositories } from './repositories/records';
import { RightsRepository } from './repositories/rights';
import { UnitTree } from './unit-chain';

export const DEFAULT_DB_NAME = 'binhan';

export type StorePersistence = {
  persisted: boolean;
  supported: boolean;
  usage: number | null;
  quota: number | null;
};

/**
 * The store: every repository over one database, and the only door to it. Open it once at start
 * (`openStore()`), hand it to <StoreProvider>, and let components use hooks; the core (database,
 * session, unit tree) is private, so nothing outside renderer/db/ can reach Dexie through it.
 */
export class BinhAnStore {
  readonly #core: StoreCore;
  readonly auth: AuthRepository;
  readonly cases: CasesRepository;
  readonly programme: ProgrammeRepository;
  readonly audit: AuditRepository;
  readonly aggregates: AggregatesRepository;
  readonly drafts: DraftsRepository;
  readonly demo: DemoRepository;
  readonly exchange: ExchangeRepository;
  readonly identity: IdentityRepository;
  readonly backup: BackupRepository;
  /** Survivors' data-rights requests (Law 91/2025/QH15): access copy, correction, restriction, erasure, consent. */
  readonly rights: RightsRepository;
  /** The province's config (unit tree, plans, targets) as config bundles carry it, versioned. */
  readonly config: ConfigRepository;
  readonly units;
  readonly populations;
  readonly plans;
  readonly exchangeLog;

  constructor(
    core: StoreCore,
    readonly persistence: StorePersistence,
  ) {
    this.#core = core;
    this.auth = new AuthRepository(core);
    this.cases = new CasesRepository(core);
    this.programme = new ProgrammeRepository(core);
    this.audit = new AuditRepository(core);
    this.aggregates = new AggregatesRepository(core);
    this.drafts = new DraftsRepository(core);
    this.demo = new DemoRepository(core, this.cases, this.programme, this.auth);
    this.exchange = new ExchangeRepository(core);
    this.identity = new IdentityRepository(core, this.auth);
    this.backup = new BackupRepository(core);
    this.rights = new RightsRepository(core);
    const plain = plainRepositories(core);
    this.units = plain.units;
    this.populations = plain.populations;
    this.plans = plain.plans;
    this.exchangeLog = plain.exchangeLog;
    this.config = new ConfigRepository(core, plain.units, plain.plans);
  }

  get office(): OfficeProfile | null {
    return this.#core.office;
  }

  get settings(): Settings {
    return this.#core.settings;
  }

  /** The highest changeSeq so far (exports remember it as "last exported"). */
  async lastChangeSeq(): Promise<number> {
    const row = await this.#core.db.kv.get(KV.changeSeq);
    return typeof row?.value === 'number' ? row.value : 0;
  }

  close(): void {
    this.auth.logout();
    this.#core.db.close();
  }
}

/**
 * Opens (creating or upgrading) the database, asks the browser to keep it persistent — so Chromium
 * never evicts it under storage pressure — and loads the office profile, settings and unit tree.
 */
export async function openStore(
  options: { name?: string; auditHead?: AuditHeadPort } = {},
): Promise<BinhAnStore> {
  const db = new BinhAnDb(options.name ?? DEFAULT_DB_NAME);
  await db.open();
  const reporter = options.auditHead === undefined ? null : new AuditHeadReporter(options.auditHead);
  const core = new StoreCore(db, new UnitTree(), reporter);
  const [office, settings, units] = await Promise.all([
    db.kv.get(KV.office),
    db.kv.get(KV.settings),
    db.units.toArray(),
  ]);
  core.office = (office?.value as OfficeProfile | undefined) ?? null;
  core.settings = settingsSchema.parse(withinRange(settings?.value));
  core.units.replace(units);
  return new BinhAnStore(core, await askPersistence());
}

/** Settings saved before the threshold's range became 3–10 open with the nearest allowed value. */
function withinRange(saved: unknown): unknown {
  if (typeof saved !== 'object' || saved === null) return {};
  const { smallCellThreshold: n } = saved as { smallCellThreshold?: unknown };
  if (typeof n !== 'number') return saved;
  return { ...saved, smallCellThreshold: Math.min(SMALL_CELL_MAX, Math.max(SMALL_CELL_MIN, Math.round(n))) };
}

async function askPersistence(): Promise<StorePersistence> {
  const storage = globalThis.navigator?.storage;
  if (storage?.persist === undefined) return { persisted: false, supported: false, usage: null, quota: null };
  const persisted = (await storage.persisted()) || (await storage.persist());
  const estimate = await storage.estimate();
  return { persisted, supported: true, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
