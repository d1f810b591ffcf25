import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../../shared/text/fold';
import { dropDatabase, freshStore, sampleCase } from './helpers';
import { rawDump } from './raw-idb';

const CANARY = {
  fullName: 'Hoàng Thị Canaryđỏ',
  phone: '0987 650 321',
  address: 'Số 7 đường Canaryphố, Tam Kỳ',
  idNumbers: ['049777666555'],
  birthYear: 1987,
  narrative: 'Canarylời kể: bị đánh vào đêm mưa.',
};
const EDITED_NAME = 'Lê Thị Canarysửa';

/** Every form in which a canary could leak: as typed, folded, lower case, NFD, phone digits. */
function needles(): string[] {
  const texts = [CANARY.fullName, CANARY.address, CANARY.narrative, EDITED_NAME, ...CANARY.idNumbers];
  const forms = texts.flatMap((t) => [t, t.toLowerCase(), t.normalize('NFD'), foldVietnamese(t)]);
  forms.push(
    'Canaryđỏ',
    foldVietnamese('Canaryđỏ'),
    'canarysua',
    CANARY.phone,
    CANARY.phone.replace(/\D/g, ''),
    '987650321',
  );
  return [...new Set(forms)];
}

const decoders = [new TextDecoder('utf-8'), new TextDecoder('utf-16le'), new TextDecoder('latin1')];

/** Walks any structured-clone value: strings, numbers, arrays, objects, Maps, binary. */
function* strings(value: unknown, seen = new Set<unknown>()): Generator<string> {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') yield value;
  else if (typeof value === 'number' || typeof value === 'bigint') yield String(value);
  else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes =
      value instanceof ArrayBuffer
        ? new Uint8Array(value)
        : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    for (const decoder of decoders) yield decoder.decode(bytes);
  } else if (typeof value === 'object') {
    if (seen.has(value)) return;
    seen.add(value);
    const entries =
      value instanceof Map
        ? [...value.entries()].flat()
        : Array.isArray(value)
          ? value
          : Object.entries(value).flat();
    for (const item of entries) yield* strings(item, seen);
  }
}

describe('survivor data at rest', () => {
  it('never appears in any object store, key or index of the raw database, in any form', async () => {
    const { store, name } = await freshStore();
    const created = await store.cases.create(sampleCase({ identity: CANARY }));
    expect(await store.cases.findDuplicates({ ...CANARY, incidentUnit: '502' })).toHaveLength(1);
    expect((await store.cases.reveal(created.id)).narrative).toBe(CANARY.narrative);
    await store.cases.addService(created.id, {
      need: 'health',
      date: '2024-03-16',
      provider: 'Trạm Y tế xã',
      outcome: 'provided',
    });
    await store.cases.update(created.id, { identity: { ...CANARY, fullName: EDITED_NAME } });
    await store.drafts.save({ kind: 'case', content: sampleCase({ identity: CANARY }) });
    await store.cases.remove(created.id);

    const dump = await rawDump(name);
    expect(dump.map((d) => d.store)).toEqual(
      expect.arrayContaining(['cases', 'audit', 'aggregates', 'drafts', 'kv']),
    );
    const found: string[] = [];
    const lookFor = needles();
    let scanned = 0;
    for (const { store: storeName, keys, values } of dump) {
      for (const text of strings([keys, values])) {
        scanned += 1;
        const lower = text.toLowerCase();
        const folded = foldVietnamese(text);
        for (const needle of lookFor) {
          if (
            text.includes(needle) ||
            lower.includes(needle.toLowerCase()) ||
            folded.includes(foldVietnamese(needle))
          ) {
            found.push(`${storeName}: ${needle}`);
          }
        }
      }
    }
    expect(scanned).toBeGreaterThan(50);
    expect(found).toEqual([]);
    await dropDatabase(store, name);
  });

  it('the scan itself finds a canary that is stored in plain text', async () => {
    const { store, name } = await freshStore();
    // A person in the training register is not survivor data and is stored in plain text: the scan must see it.
    await store.auth.updateUser(store.auth.session?.user.id ?? '', {
      roles: ['administrator', 'case_worker', 'data_officer'],
    });
    await store.programme.people.create({
      fullName: CANARY.fullName,
      sex: 'female',
      unitCode: '502',
      category: 'official',
    });
    const dump = await rawDump(name);
    const hits = [...strings(dump.map((d) => d.values))].filter((t) =>
      foldVietnamese(t).includes('canarydo'),
    );
    expect(hits.length).toBeGreaterThan(0);
    await dropDatabase(store, name);
  });
});
