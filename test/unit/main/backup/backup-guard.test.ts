import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackupKey } from '../../../../shared/backup/backup-key';
import { withProof } from '../../../../shared/exchange/authority';
import type { HostApi } from '../../../../shared/host-api';
import { failure, makeHost, removeRoot, type TestHost, tempRoot, value } from '../exchange/host-fixture';
import { backupKeyFor, OFFICE_ID } from './backup-fixture';

type BeginInput = Parameters<HostApi['backup']['begin']>[0];
const beginInput = (folder: string, key: { recipient: string; keyFile: Uint8Array }): BeginInput => ({
  folder,
  unitCode: '49201',
  recipient: key.recipient,
  keyFile: Buffer.from(key.keyFile).toString('base64'),
  keep: 3,
});

/** One whole backup through a host's API (as the renderer streams it); the file's path. */
async function backupThrough(api: HostApi, input: BeginInput): Promise<string> {
  const begun = await value(api.backup.begin(input));
  if (begun.status !== 'ok') throw new Error(begun.problem);
  await value(
    api.backup.append({ id: begun.id, part: gzipSync('["cases",{"id":"c1"}]\n').toString('base64') }),
  );
  const done = await value(
    api.backup.finish({
      id: begun.id,
      manifest: {
        schemaVersion: 5,
        office: { officeId: null, unitCode: '49201', name: 'Phòng A' },
        counts: { cases: 1 },
        auditHead: null,
      },
    }),
  );
  if (done.status !== 'ok') throw new Error(done.problem);
  return done.backup.path;
}

const changeVerbs = (host: TestHost) =>
  readFileSync(path.join(host.dataDir, 'authority', 'changes.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { verb: string; fingerprint: string | null; outcome: string });

describe("backup:begin needs an administrator's proof and encrypts only to the office's backup key", () => {
  let root: string;
  let host: TestHost;
  let stick: string;
  beforeEach(async () => {
    root = tempRoot();
    host = await makeHost(path.join(root, 'office'));
    await value(host.api.keys.create({ unit: '49201', wrappingKey: host.wrappingKey }));
    writeFileSync(
      path.join(host.dataDir, 'office.json'),
      JSON.stringify({ officeId: OFFICE_ID, unitCode: '49201', name: 'Phòng A', role: 'commune' }),
    );
    stick = path.join(root, 'stick');
    mkdirSync(stick);
  });
  afterEach(() => removeRoot(root));

  it('a DevTools-style call with only the session token, or with a proof made for another payload, gets nothing', async () => {
    const office = await backupKeyFor();
    const attacker = await backupKeyFor();

    // The page's own host object without the authority wrapper: no proof at all.
    const bare = await failure(host.bare.backup.begin(beginInput(stick, attacker)));
    expect(bare).toMatchObject({
      code: 'authorityRequired',
      reason: 'proofMissing',
      details: { role: 'admin' },
    });

    // A real administrator's proof, lifted from the office's own backup call onto the attacker's key.
    const signed = await withProof(host.authority.signer, 'backup:begin', beginInput(stick, office));
    const swapped = { ...beginInput(stick, attacker), proof: signed.proof };
    expect(await failure(host.bare.backup.begin(swapped))).toMatchObject({
      code: 'authorityRequired',
      reason: 'proofInvalid',
    });
    // A signed-in user without the administrator's key (a data officer) cannot sign one at all.
    const exchangeOnly = await withProof(
      host.authority.signerFor(['exchange']),
      'backup:begin',
      beginInput(stick, attacker),
    );
    expect(await failure(host.bare.backup.begin(exchangeOnly))).toMatchObject({ reason: 'proofMissing' });
    expect(readdirSync(stick)).toEqual([]);

    // The administrator's own backup goes through, is logged with its key, and pins that key.
    const file = await backupThrough(host.api, beginInput(stick, office));
    expect(path.dirname(file)).toBe(stick);
    expect(changeVerbs(host).at(-1)).toMatchObject({
      verb: 'backup:begin',
      fingerprint: office.recipient,
      outcome: 'done',
    });

    // From now on even a valid proof cannot point a backup at another key.
    const repointed = await value(host.api.backup.begin(beginInput(stick, attacker)));
    expect(repointed).toEqual({ status: 'failed', problem: 'key-mismatch' });
    expect(readdirSync(stick)).toEqual([path.basename(file)]);
    // ...and the replayed proof of the accepted call is spent.
    const again = await withProof(host.authority.signer, 'backup:begin', beginInput(stick, office));
    await value(host.bare.backup.begin(again));
    expect(await failure(host.bare.backup.begin(again))).toMatchObject({ reason: 'proofReused' });
  });

  it("restoring over this office's data folder takes only a backup to the office's pinned key", async () => {
    const office = await backupKeyFor();
    await backupThrough(host.api, beginInput(stick, office));

    // A backup of the attacker's own making (their trust, their verifier), to their own key.
    const elsewhere = await makeHost(path.join(root, 'elsewhere'));
    await value(elsewhere.api.keys.create({ unit: '49201', wrappingKey: elsewhere.wrappingKey }));
    writeFileSync(
      path.join(elsewhere.dataDir, 'office.json'),
      JSON.stringify({ officeId: OFFICE_ID, unitCode: '49201', name: 'Phòng A', role: 'commune' }),
    );
    const attacker = await backupKeyFor();
    mkdirSync(path.join(root, 'stick2'));
    const forged = await backupThrough(elsewhere.api, beginInput(path.join(root, 'stick2'), attacker));
    const verifierBefore = readFileSync(path.join(host.dataDir, 'authority', 'verifier.json'));
    const identity = String(await openBackupKey(attacker.keyFile, attacker.recoveryKey));
    const opened = await value(host.bare.backup.openRestore({ path: forged, identity }));
    expect(opened).toEqual({ status: 'failed', problem: 'key-mismatch' });
    expect(readFileSync(path.join(host.dataDir, 'authority', 'verifier.json'))).toEqual(verifierBefore);
  });
});
