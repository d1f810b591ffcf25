import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import { createFileSecretStore } from '../../../../main/services/keys/file-secret-store';
import { loadOfficeKeys } from '../../../../main/services/keys/key-storage';
import { toBase64, toHex } from '../../../../shared/bundle/bytes';
import { formatSecretKey } from '../../../../shared/bundle/minisign';
import type { TestHost } from './host-fixture';
import { removeRoot, tempRoot, value } from './host-fixture';
import { carry, enrolledPair, OFFICE, PROVINCE, sharedCounters } from './pair-fixture';

async function secretsOf(host: TestHost): Promise<string[]> {
  const store = await createFileSecretStore({
    fs: createNodeFileSystem(),
    dir: path.join(host.dataDir, 'keys', 'secrets'),
    wrappingKey: new Uint8Array(Buffer.from(host.wrappingKey, 'base64')),
  });
  const keys = await loadOfficeKeys(store);
  if (!keys) throw new Error('no keys');
  const secretLine = formatSecretKey(keys.signing).split('\n')[1] ?? '';
  return [
    keys.age.identity,
    keys.age.identity.toLowerCase(),
    secretLine,
    secretLine.slice(20, 80),
    toBase64(keys.signing.seed),
    toHex(keys.signing.seed),
    host.wrappingKey,
  ];
}

describe('private keys never leave main', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('no handler output of a whole exchange contains any private key material', async () => {
    const { office, province } = await enrolledPair(root);
    await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(1) }));
    const opened = await value(province.api.bundles.open({ source: await carry(office, PROVINCE, 2) }));
    if (!opened.ok) throw new Error(`${opened.rejection.code}: ${opened.rejection.detail}`);
    await value(province.api.bundles.commit({ manifestSha256: opened.manifestSha256 }));
    await value(province.api.bundles.createReceipt({ officeUnit: OFFICE }));
    await value(office.api.bundles.importReceipt({ source: await carry(province, OFFICE, 2) }));
    for (const host of [office, province]) {
      await value(host.api.keys.status());
      await value(host.api.keys.publicInfo());
      await value(host.api.trust.list());
      await value(host.api.bundles.listSent({}));
      await value(host.api.bundles.inbox());
    }
    const secrets = [...(await secretsOf(office)), ...(await secretsOf(province))];
    const outputs = [...office.outputs, ...province.outputs].join('\n');
    expect(outputs.length).toBeGreaterThan(10_000);
    expect(outputs).not.toContain('AGE-SECRET-KEY');
    expect(outputs).not.toContain('secret key');
    for (const secret of secrets) expect(outputs).not.toContain(secret);
  });
});
