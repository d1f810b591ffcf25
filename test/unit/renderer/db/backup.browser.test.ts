import { describe, expect, it } from 'vitest';
import { openStore, RestoreRefused, StoreError } from '../../../../renderer/db';
import type { BackupManifest } from '../../../../shared/backup/backup-format';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, sampleCase } from './helpers';

/** A backup's gzip parts kept in memory (main's place in the app), and a manifest around them. */
async function backupOf(store: Awaited<ReturnType<typeof freshStore>>['store']) {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const part = await store.backup.export(async (p) => {
    parts.push(p as Uint8Array<ArrayBuffer>);
  });
  const manifest = {
    ...part,
    format: 'binhan-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    appVersion: '0',
    recipient: `age1${'q'.repeat(58)}`,
    files: [],
    lastSent: {},
    entries: {
      key: { sha256: '0'.repeat(64), size: 0 },
      files: { sha256: '0'.repeat(64), size: 0 },
      db: { sha256: '0'.repeat(64), size: 0 },
    },
  } as BackupManifest;
  let i = 0;
  const source = async () => parts[i++] ?? null;
  return { manifest, source, parts };
}

describe('backup and restore of the store', () => {
  it('a new profile restored from a backup: same users and passphrase, the case with its identity, a chain that verifies', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase());
    await store.cases.create(sampleCase({ reportDate: '2024-04-01' }));
    const { manifest, source } = await backupOf(store);
    expect(manifest.counts.cases).toBe(2);
    // As if the office's last bundle went out just as the backup was made, and later ones were lost.
    const sentAt = await store.lastChangeSeq();

    const otherName = `binhan-test-${crypto.randomUUID()}`;
    const fresh = await openStore({ name: otherName });
    expect(await fresh.auth.status()).toBe('empty');
    let committed = false;
    await fresh.backup.restore({
      manifest,
      source,
      commitFiles: async () => {
        committed = true;
      },
    });
    expect(committed).toBe(true);
    fresh.close();

    const reopened = await openStore({ name: otherName });
    expect(await reopened.auth.status()).toBe('ready');
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    expect((await reopened.cases.reveal(created.id)).fullName).toBe('Nguyễn Thị Hoà');
    expect((await reopened.cases.list({})).length).toBe(2);
    expect(await reopened.audit.verify()).toMatchObject({ ok: true });
    expect((await reopened.aggregates.check()).differences).toEqual([]);
    // The province may hold counters of bundles sent after the backup: the next bundle replaces them all.
    const next = await reopened.exchange.readChangesSince(sentAt, await reopened.lastChangeSeq());
    expect(next.counters.scope).toBe('full');
    await dropDatabase(reopened, otherName);
    await dropDatabase(store, name);
  });

  it('a restore stopped half-way leaves an office that is not set up, and doing it again completes it', async () => {
    const { store, name } = await freshStore();
    for (let i = 0; i < 3; i++) await store.cases.create(sampleCase());
    const { manifest, parts } = await backupOf(store);
    const otherName = `binhan-test-${crypto.randomUUID()}`;
    const fresh = await openStore({ name: otherName });
    await expect(
      fresh.backup.restore({
        manifest,
        source: async () => null,
        commitFiles: async () => undefined,
      }),
    ).rejects.toBeInstanceOf(RestoreRefused);
    expect(await fresh.auth.status()).toBe('empty');
    await expect(
      fresh.backup.restore({
        manifest,
        source: async () => null,
        commitFiles: async () => {
          throw new Error('stick pulled out');
        },
      }),
    ).rejects.toBeInstanceOf(RestoreRefused);
    let i = 0;
    await expect(
      fresh.backup.restore({
        manifest,
        source: async () => parts[i++] ?? null,
        commitFiles: async () => {
          throw new Error('stick pulled out');
        },
      }),
    ).rejects.toThrow('stick pulled out');
    expect(await fresh.auth.status()).toBe('empty');
    let j = 0;
    await fresh.backup.restore({
      manifest,
      source: async () => parts[j++] ?? null,
      commitFiles: async () => undefined,
    });
    expect(await fresh.auth.status()).toBe('ready');
    await dropDatabase(fresh, otherName);
    await dropDatabase(store, name);
  });

  it('over an office that has data: refused without its recovery key, done with it', async () => {
    const { store, name, recoveryKey } = await freshStore();
    await store.cases.create(sampleCase());
    const { manifest, parts } = await backupOf(store);
    await store.cases.create(sampleCase());
    await expect(
      store.backup.restore({ manifest, source: async () => null, commitFiles: async () => undefined }),
    ).rejects.toMatchObject({ reason: 'needsRecoveryKey' });
    await expect(
      store.backup.restore({
        manifest,
        source: async () => null,
        commitFiles: async () => undefined,
        confirmRecoveryKey: 'AAAA',
      }),
    ).rejects.toBeInstanceOf(StoreError);
    expect(await store.auth.status()).toBe('ready');
    let i = 0;
    await store.backup.restore({
      manifest,
      source: async () => parts[i++] ?? null,
      commitFiles: async () => undefined,
      confirmRecoveryKey: recoveryKey,
    });
    store.close();
    const reopened = await openStore({ name });
    await reopened.auth.login('admin', ADMIN_PASSPHRASE);
    expect((await reopened.cases.list({})).length).toBe(1);
    await dropDatabase(reopened, name);
  });

  it('the backup key needs this office recovery key, and a backup made while writing stops with conflict', async () => {
    const { store, name, recoveryKey } = await freshStore();
    await expect(store.backup.createKey('0000-0000')).rejects.toMatchObject({ code: 'badRecoveryKey' });
    const key = await store.backup.createKey(recoveryKey);
    expect(await store.backup.key()).toEqual(key);
    let wrote = false;
    await expect(
      store.backup.export(async () => {
        if (!wrote) {
          wrote = true;
          await store.cases.create(sampleCase());
        }
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await dropDatabase(store, name);
  });
});
