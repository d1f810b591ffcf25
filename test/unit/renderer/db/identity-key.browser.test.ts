import { Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { type BinhAnStore, openStore } from '../../../../renderer/db';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore, rawDb, sampleCase } from './helpers';
import { rawGet } from './raw-idb';

const PASS = 'mật khẩu của đồng nghiệp 2026';
type Sealed = { iv: Uint8Array; ct: Uint8Array; g?: number };
type RawUser = {
  id: string;
  kdf: { salt: Uint8Array; iterations: number };
  wrappedKey: Sealed;
  box?: { sealedIdentity: Sealed };
  identityKeys?: Record<string, Uint8Array>;
};

const subtle = globalThis.crypto.subtle;
const te = new TextEncoder();
const aes = (key: CryptoKey, s: Sealed, aad: string) =>
  subtle.decrypt(
    { name: 'AES-GCM', iv: new Uint8Array(s.iv), additionalData: te.encode(aad) },
    key,
    new Uint8Array(s.ct),
  );
const hkdfVault = async (raw: Uint8Array) =>
  subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: te.encode('binhan/vault/v1') },
    await subtle.importKey('raw', new Uint8Array(raw), 'HKDF', false, ['deriveKey']),
    { name: 'AES-GCM', length: 256 },
    false,
    ['decrypt'],
  );

/**
 * The attack from the issue, written as an insider would: a copy of the browser profile, one's own
 * passphrase and WebCrypto (plus the public age library), no app code. Tries every key the
 * passphrase reaches — the data key and, if any, the user's identity keys — on one case's vault.
 */
async function keysOf(name: string, username: string, passphrase: string): Promise<Uint8Array[]> {
  const db = await rawDb(name);
  const user = (await db.users.where('username').equals(username).first()) as unknown as RawUser;
  db.close();
  const kek = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(user.kdf.salt), iterations: user.kdf.iterations },
    await subtle.importKey('raw', te.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']),
    { name: 'AES-GCM', length: 256 },
    false,
    ['decrypt'],
  );
  const candidates: Uint8Array[] = [
    new Uint8Array(await aes(kek, user.wrappedKey, `binhan/user/${user.id}`)),
  ];
  if (user.box !== undefined && user.identityKeys !== undefined) {
    const ageIdentity = new TextDecoder().decode(
      await aes(kek, user.box.sealedIdentity, `binhan/user/${user.id}/box`),
    );
    for (const wrapped of Object.values(user.identityKeys)) {
      const d = new Decrypter();
      d.addIdentity(ageIdentity);
      candidates.push(await d.decrypt(new Uint8Array(wrapped)));
    }
  }
  return candidates;
}

/** Tries each raw key on one case's vault; the plaintext, or null when none opens it. */
async function openWith(name: string, keys: readonly Uint8Array[], caseId: string): Promise<string | null> {
  const vault = (await rawGet(name, 'cases', caseId)) as { vault: Sealed };
  for (const raw of keys) {
    try {
      return new TextDecoder().decode(await aes(await hkdfVault(raw), vault.vault, `binhan/case/${caseId}`));
    } catch {
      // not this key
    }
  }
  return null;
}

/**
 * The attack from the issue, written as an insider would: a copy of the browser profile, one's own
 * passphrase and WebCrypto (plus the public age library), no app code. Tries every key the
 * passphrase reaches — the data key and, if any, the user's identity keys — on one case's vault.
 */
const attack = async (name: string, username: string, passphrase: string, caseId: string) =>
  openWith(name, await keysOf(name, username, passphrase), caseId);

async function withColleagues(): Promise<{
  store: BinhAnStore;
  name: string;
  recoveryKey: string;
  caseId: string;
}> {
  const made = await freshStore();
  const created = await made.store.cases.create(sampleCase());
  for (const [username, roles] of [
    ['xem', ['viewer']],
    ['thongke', ['data_officer']],
    ['canbo', ['case_worker']],
  ] as const)
    await made.store.auth.createUser(
      { username, displayName: username, roles: [...roles], passphrase: PASS },
      ADMIN_PASSPHRASE,
    );
  return { ...made, caseId: created.id };
}

describe("the identity key: only case workers can open a survivor's identity", () => {
  it("a viewer's or a data officer's passphrase opens no vault with raw WebCrypto; a case worker's does", async () => {
    const { store, name, caseId } = await withColleagues();
    expect(await attack(name, 'xem', PASS, caseId)).toBeNull();
    expect(await attack(name, 'thongke', PASS, caseId)).toBeNull();
    // The control: the same script with a case worker's passphrase prints the survivor's name.
    expect(await attack(name, 'canbo', PASS, caseId)).toContain('Nguyễn Thị Hoà');
    await dropDatabase(store, name);
  });

  it('granting case.identify needs a holder or the recovery key; removing it removes the wrapping', async () => {
    const { store, name, recoveryKey, caseId } = await withColleagues();
    const users = await store.auth.listUsers();
    const viewer = users.find((u) => u.username === 'xem');
    if (viewer === undefined) throw new Error('no viewer');
    // The viewer signs in once (their key pair exists from creation); the admin grants without proof: refused.
    await expect(store.auth.updateUser(viewer.id, { roles: ['case_worker'] })).rejects.toMatchObject({
      code: 'invalid',
      issues: [{ path: 'unlock', message: 'store.validation.identityUnlockNeeded' }],
    });
    await expect(
      store.auth.updateUser(viewer.id, { roles: ['case_worker'] }, { username: 'thongke', passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await store.auth.updateUser(
      viewer.id,
      { roles: ['case_worker'] },
      { username: 'canbo', passphrase: PASS },
    );
    expect(await attack(name, 'xem', PASS, caseId)).toContain('Nguyễn Thị Hoà');
    await store.auth.login('xem', PASS);
    expect((await store.cases.reveal(caseId)).fullName).toBe('Nguyễn Thị Hoà');

    await store.auth.login('admin', ADMIN_PASSPHRASE);
    await store.auth.updateUser(viewer.id, { roles: ['viewer'] });
    expect(await attack(name, 'xem', PASS, caseId)).toBeNull();
    // And back with the recovery key instead of a colleague.
    await store.auth.updateUser(viewer.id, { roles: ['case_worker'] }, { recoveryKey });
    expect(await attack(name, 'xem', PASS, caseId)).toContain('Nguyễn Thị Hoà');
    const actions = (await store.audit.list({ recordId: viewer.id })).map((e) => e.action);
    expect(actions.filter((a) => a === 'keyGrant')).toHaveLength(2);
    expect(actions).toContain('keyRevoke');
    await dropDatabase(store, name);
  });

  it('rotation re-seals every vault and draft, survives an interruption, and leaves the old key opening nothing', async () => {
    const { store, name, recoveryKey, caseId } = await withColleagues();
    await store.cases.createMany(
      Array.from({ length: 1100 }, (_, i) =>
        sampleCase({
          identity: { fullName: `Người số ${i}`, phone: `0905 000 ${String(i).padStart(3, '0')}` },
        }),
      ),
    );
    const draftId = await store.drafts.save({ kind: 'case', content: { fullName: 'Bản nháp Hoà' } });
    // A follow-up note lives in the case's vault: the rotation must carry it over.
    await store.cases.addFollowUp(caseId, {
      date: '2024-03-20',
      method: 'phone',
      safetyOutcome: 'safe',
      note: 'Đã gọi, chị an toàn ở nhà mẹ.',
    });
    const beforeSeq = await store.lastChangeSeq();
    // Capture the generation-1 key the way a departing case worker could have kept it.
    const keptByLeaver = await keysOf(name, 'canbo', PASS);
    expect(await openWith(name, keptByLeaver, caseId)).not.toBeNull();

    // The window closes after the first batch: the rotation stays recorded, half the vaults re-sealed.
    await expect(
      store.identity.rotate({ recoveryKey }, (p) => {
        if (p.table === 'cases' && p.done >= 500) throw new Error('window closed');
      }),
    ).rejects.toThrow('window closed');
    expect((await store.identity.status()).rotation).toMatchObject({ from: 1, to: 2 });
    // Every vault opens at every moment: the case worker still reveals all during the rotation.
    await store.auth.login('canbo', PASS);
    expect((await store.cases.reveal(caseId)).fullName).toBe('Nguyễn Thị Hoà');
    expect(
      await store.cases.findDuplicates({
        fullName: 'Người số 1099',
        phone: '0905000099',
        incidentUnit: '502',
      }),
    ).toHaveLength(0);
    // Duplicates are found on both sides of the half-done rotation: case 7 is re-sealed, case 1099 not yet.
    for (const i of [7, 1099]) {
      const probe = {
        fullName: `Người số ${i}`,
        phone: `0905 000 ${String(i).padStart(3, '0')}`,
        incidentUnit: '502',
      };
      expect(await store.cases.findDuplicates(probe)).toHaveLength(1);
    }
    const db0 = await rawDb(name);
    expect(new Set((await db0.cases.toArray()).map((c) => c.vault.g))).toEqual(new Set([1, 2]));
    db0.close();
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    const report = await store.identity.rotate({ recoveryKey });
    expect(report).toMatchObject({ from: 1, to: 2 });
    expect(report.resealed).toBeGreaterThan(0);
    expect(await store.identity.status()).toMatchObject({ generation: 2, rotation: null, holders: 2 });

    const db = await rawDb(name);
    const gens = new Set((await db.cases.toArray()).map((c) => c.vault.g));
    expect([...gens]).toEqual([2]);
    expect((await db.drafts.get(draftId))?.vault.g).toBe(2);
    expect(
      Object.keys((await db.users.where('username').equals('canbo').first())?.identityKeys ?? {}),
    ).toEqual(['2']);
    db.close();
    // Re-sealing is key maintenance: no case changed, so the next bundle carries nothing new.
    expect(await store.lastChangeSeq()).toBe(beforeSeq);

    await store.auth.login('canbo', PASS);
    const after = await store.cases.reveal(caseId);
    expect(after.fullName).toBe('Nguyễn Thị Hoà');
    expect(Object.values(after.followUpNotes ?? {})).toEqual(['Đã gọi, chị an toàn ở nhà mẹ.']);
    await store.auth.login('admin', ADMIN_PASSPHRASE);
    expect(await store.drafts.load(draftId)).toEqual({ fullName: 'Bản nháp Hoà' });
    // What the departing case worker kept (generation 1) opens nothing any more.
    expect(await attack(name, 'canbo', PASS, caseId)).toContain('Nguyễn Thị Hoà');
    expect(await openWith(name, keptByLeaver, caseId)).toBeNull();
    const dup = await store.cases.findDuplicates({
      fullName: 'nguoi so 7',
      phone: '0905 000 007',
      incidentUnit: '502',
    });
    expect(dup).toHaveLength(1);
    await dropDatabase(store, name);
  });

  it('a name search is audited with a keyed hash, never the name', async () => {
    const { store, name } = await freshStore();
    await store.cases.auditNameSearch('Nguyễn Thị Hoà', 3);
    const [entry] = await store.audit.list({ action: 'search' });
    expect(entry?.username).toBe('admin');
    expect(entry?.detail).toMatch(/^3 [0-9a-f]{32}$/);
    expect(JSON.stringify(await store.audit.list())).not.toMatch(/Nguy|nguyen|Hoà|hoa/i);
    await store.cases.auditNameSearch('nguyen thi hoa', 1);
    const [again] = await store.audit.list({ action: 'search' });
    expect(again?.detail?.split(' ')[1]).toBe(entry?.detail?.split(' ')[1]);
    await dropDatabase(store, name);
  });

  it('a session from before a rotation must sign in again before it seals anything', async () => {
    const { store, name, recoveryKey } = await withColleagues();
    const other = await openStore({ name });
    await other.auth.login('canbo', PASS);
    await store.identity.rotate({ recoveryKey });
    await expect(other.cases.create(sampleCase())).rejects.toMatchObject({ code: 'locked' });
    await other.auth.login('canbo', PASS);
    expect(await other.cases.create(sampleCase())).toHaveProperty('id');
    other.close();
    await dropDatabase(store, name);
  });
});

describe('a holder missed by a rotation', () => {
  it('shows in the user list and gets the key again when saved with an unlock', async () => {
    const { store, name, recoveryKey, caseId } = await withColleagues();
    // As if the case worker had no key pair when the key was rotated: no copy of generation 1.
    const db = await rawDb(name);
    const worker = await db.users.where('username').equals('canbo').first();
    if (worker === undefined) throw new Error('no case worker');
    await db.users.put({ ...worker, identityKeys: {} });
    db.close();
    const listed = (await store.auth.listUsers()).find((u) => u.username === 'canbo');
    expect(listed?.lacksIdentityKey).toBe(true);
    expect(await attack(name, 'canbo', PASS, caseId)).toBeNull();
    await expect(store.auth.updateUser(worker.id, { roles: ['case_worker'] })).rejects.toMatchObject({
      code: 'invalid',
    });
    await store.auth.updateUser(worker.id, { roles: ['case_worker'] }, { recoveryKey });
    expect((await store.auth.listUsers()).find((u) => u.username === 'canbo')?.lacksIdentityKey).toBe(false);
    expect(await attack(name, 'canbo', PASS, caseId)).toContain('Nguyễn Thị Hoà');
    await dropDatabase(store, name);
  });
});
