import { mkdirSync } from 'node:fs';
import { createAppHandlers } from '../../../../main/services/app-service';
import { createAuditHeadHandlers } from '../../../../main/services/audit-head';
import { createBackupHandlers } from '../../../../main/services/backup/backup-service';
import { exchangeDepsFor } from '../../../../main/services/exchange/default-deps';
import { createExchangeAreas } from '../../../../main/services/exchange/exchange-areas';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import type { MailOptions } from '../../../../main/services/mail/mail-services';
import { withAuthority } from '../../../../shared/exchange/authority-client';
import { deriveHostWrappingKey } from '../../../../shared/exchange/host-wrapping-key';
import { bindHostApi } from '../../../../shared/host/bind';
import { createDispatcher } from '../../../../shared/host/dispatch';
import { hostContract } from '../../../../shared/host-api';
import { switchableFs, testAuthorityFor } from '../exchange/host-fixture';
import { noUpdates } from '../updates/update-fixture';

/** One unit's host with a fast back-off, the outbox services exposed for waiting and stopping. */
export async function makeMailHost(dataDir: string, wrappingKey?: string, options: MailOptions = {}) {
  mkdirSync(dataDir, { recursive: true });
  const real = createNodeFileSystem();
  const fs = switchableFs(real);
  const areas = createExchangeAreas(exchangeDepsFor(dataDir, { fs, listDrives: async () => [] }), {
    backoff: { baseMs: 100, capMs: 400 },
    maxSleepMs: 200,
    ...options,
  });
  const app = createAppHandlers(
    {
      name: 'binhan',
      version: '0',
      transport: 'web',
      dataDir,
      platform: 'linux',
      electronBinaryPresent: false,
    },
    async () => {},
  );
  const audit = createAuditHeadHandlers(createNodeFileSystem(), dataDir);
  const backup = createBackupHandlers({ fs: createNodeFileSystem(), dataDir, appVersion: '0' });
  const dispatch = createDispatcher(
    hostContract,
    { app, audit, backup, updates: noUpdates(dataDir), ...areas.handlers },
    (channel, error) => console.error(channel, error),
  );
  const outputs: string[] = [];
  const bare = bindHostApi(hostContract, async (channel, input) => {
    const json = JSON.stringify(
      await dispatch(channel, input === undefined ? undefined : JSON.parse(JSON.stringify(input))),
    );
    outputs.push(json);
    return JSON.parse(json);
  });
  const key =
    wrappingKey ?? (await deriveHostWrappingKey(globalThis.crypto.getRandomValues(new Uint8Array(32))));
  // As the renderer's client: mail settings and bundles carry an administrator's proof.
  const api = withAuthority(bare, testAuthorityFor(dataDir).source);
  return {
    api,
    bare,
    fs,
    real,
    outbox: areas.mail.outbox,
    inbox: areas.mail.inbox,
    wrappingKey: key,
    outputs,
    dataDir,
  };
}

export const settingsFor = (port: number, user = '') => ({
  host: '127.0.0.1',
  port,
  security: 'none' as const,
  user,
  from: 'phong.ldtbxh@tamky.example.vn',
  to: ['binhan@quangnam.example.vn'],
});
