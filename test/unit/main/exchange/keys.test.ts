import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, makeHost, removeRoot, tempRoot, value } from './host-fixture';

describe('keys area', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('creates, locks and unlocks; a wrong wrapping key is refused; a restart finds the keys locked', async () => {
    const dir = path.join(root, 'office');
    const host = await makeHost(dir);
    expect(await value(host.api.keys.status())).toEqual({ state: 'none', unit: null, secretStore: null });
    await expect(failure(host.api.keys.publicInfo())).resolves.toMatchObject({ code: 'notFound' });

    const info = await value(host.api.keys.create({ unit: '49201', wrappingKey: host.wrappingKey }));
    expect(info.unit).toBe('49201');
    expect(info.ageRecipient).toMatch(/^age1/);
    expect(info.signingFingerprint).toMatch(/^\d{4}( \d{4}){4}$/);
    expect(await value(host.api.keys.status())).toEqual({
      state: 'unlocked',
      unit: '49201',
      secretStore: 'file',
    });
    await expect(
      failure(host.api.keys.create({ unit: '49201', wrappingKey: host.wrappingKey })),
    ).resolves.toMatchObject({ code: 'notAllowed' });

    expect((await value(host.api.keys.lock())).state).toBe('locked');
    expect(await value(host.api.keys.publicInfo())).toEqual(info);
    const locked = await failure(host.api.bundles.createData({ recipientUnit: '49', records: {} }));
    expect(locked.code).toBe('forbidden');
    expect(locked.reason).toBe('exchangeLocked');

    const other = await makeHost(path.join(root, 'other'));
    const wrong = await failure(host.api.keys.unlock({ wrappingKey: other.wrappingKey }));
    expect(wrong).toMatchObject({ code: 'forbidden' });
    expect(wrong.reason).toBe('wrongWrappingKey');
    expect((await value(host.api.keys.status())).state).toBe('locked');

    const restarted = await makeHost(dir);
    expect((await value(restarted.api.keys.status())).state).toBe('locked');
    expect((await value(restarted.api.keys.unlock({ wrappingKey: host.wrappingKey }))).state).toBe(
      'unlocked',
    );
    expect(await value(restarted.api.keys.publicInfo())).toEqual(info);
  });

  it('validates input at the door: the wrapping key must be 32 bytes of base64, the unit a code', async () => {
    const host = await makeHost(path.join(root, 'office'));
    for (const wrappingKey of ['', 'short', 'A'.repeat(43), `${'A'.repeat(42)}==`]) {
      expect((await failure(host.api.keys.create({ unit: '49201', wrappingKey }))).code).toBe('invalidInput');
    }
    const bad = await failure(host.api.keys.create({ unit: '../49', wrappingKey: host.wrappingKey }));
    expect(bad.code).toBe('invalidInput');
    expect(bad).toMatchObject({ reason: 'invalidFields', details: { field: 'unit' } });
    expect((await value(host.api.keys.status())).state).toBe('none');
  });
});
