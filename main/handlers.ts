import type { AppInfo } from '../shared/app/app-contract';
import type { HostHandlers } from '../shared/host-api';
import { createAppHandlers, type ExternalOpener } from './services/app-service';
import { createAuditHeadHandlers } from './services/audit-head';
import { guardBackup } from './services/backup/backup-guard';
import { createBackupHandlers } from './services/backup/backup-service';
import { finishInterruptedRestore } from './services/backup/restore-files';
import { exchangeDepsFor } from './services/exchange/default-deps';
import { createExchangeAreas } from './services/exchange/exchange-areas';
import type { ExchangeDeps } from './services/exchange/exchange-deps';
import { createNodeFileSystem } from './services/fs/node-file-system';
import type { MailOptions } from './services/mail/mail-services';
import { createOfficeBinding } from './services/office-binding';
import { PUBLISHER_KEYS } from './services/updates/publisher-keys';
import { createUpdateService, type UpdateDeps } from './services/updates/update-service';

/** What a transport provides so the services can run: the place for files and the Electron-only needs. */
export interface HostDeps {
  info: AppInfo;
  openExternal: ExternalOpener;
  /**
   * For exchange: file system, SecretStore factory, clock, folder picker, drive listing. What is left
   * out takes the plain-Node default over `info.dataDir` (files, file SecretStore, no folder dialog).
   */
  exchange?: Partial<ExchangeDeps>;
  mail?: MailOptions;
  /** Updates: Electron's bridge to electron-updater, the publisher keys, the network feed (defaults: none, the built-in keys). */
  updates?: Partial<Pick<UpdateDeps, 'bridge' | 'keys' | 'networkFeed' | 'fetch' | 'log'>>;
}

/** Every area's handlers, the same for both transports; a new area adds one line here. */
export function createHostHandlers(deps: HostDeps): HostHandlers {
  const { handlers: exchange, authority } = createExchangeAreas(
    exchangeDepsFor(deps.exchange?.dataDir ?? deps.info.dataDir, deps.exchange),
    deps.mail,
  );
  const fs = deps.exchange?.fs ?? createNodeFileSystem();
  const office = createOfficeBinding(fs, deps.info.dataDir);
  // A restore killed after its commit point is finished before any call sees the data folder.
  const ready = finishInterruptedRestore(fs, deps.info.dataDir);
  const backup = createBackupHandlers({ fs, dataDir: deps.info.dataDir, appVersion: deps.info.version });
  return afterReady(ready, {
    app: createAppHandlers(deps.info, deps.openExternal, office),
    audit: createAuditHeadHandlers(fs, deps.info.dataDir),
    backup: guardBackup(backup, { fs, dataDir: deps.info.dataDir, authority }),
    updates: createUpdateService({
      fs,
      dataDir: deps.info.dataDir,
      running: deps.info.version,
      keys: deps.updates?.keys ?? PUBLISHER_KEYS,
      networkFeed: deps.updates?.networkFeed ?? null,
      fetch: deps.updates?.fetch ?? fetch,
      bridge: deps.updates?.bridge ?? null,
      lastBackupAt: async () => (await backup.state(undefined)).lastAt,
      ...(deps.updates?.log === undefined ? {} : { log: deps.updates.log }),
    }),
    ...exchange,
  });
}

/** The same handlers, each waiting for `ready` first (a failed `ready` fails every call). */
function afterReady(ready: Promise<void>, handlers: HostHandlers): HostHandlers {
  ready.catch(() => undefined);
  type Method = (input: unknown) => Promise<unknown>;
  const out: Record<string, Record<string, Method>> = {};
  for (const [area, methods] of Object.entries(
    handlers as unknown as Record<string, Record<string, Method>>,
  )) {
    out[area] = Object.fromEntries(
      Object.entries(methods).map(([verb, method]) => [
        verb,
        async (input: unknown) => {
          await ready;
          return method(input);
        },
      ]),
    );
  }
  return out as unknown as HostHandlers;
}
