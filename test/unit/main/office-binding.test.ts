import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostDispatcher } from './dispatch-fixture';

describe('a data folder belongs to one office', () => {
  let dataDir: string;
  let dispatch: ReturnType<typeof hostDispatcher>;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'binhan-office-'));
    dispatch = hostDispatcher(dataDir);
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const tamKy = { unitCode: '502', name: 'Phòng LĐ-TB&XH Tam Kỳ', role: 'district', provinceCode: '49' };

  it('has no office before setup, then the one recorded at setup', async () => {
    expect(await dispatch('app:office', undefined)).toEqual({ ok: true, value: null });
    const bound = await dispatch('app:bindOffice', tamKy);
    expect(bound).toMatchObject({ ok: true, value: { ...tamKy } });
    const read = await dispatch('app:office', undefined);
    expect(read).toEqual(bound);
    if (!read.ok || read.value === null) throw new Error('not bound');
    expect(read.value).toMatchObject({ officeId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('refuses a second setup over the same folder, naming the office it belongs to', async () => {
    await dispatch('app:bindOffice', tamKy);
    const second = await dispatch('app:bindOffice', { ...tamKy, unitCode: '503', name: 'Hội An' });
    expect(second).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    if (second.ok) throw new Error('accepted');
    expect(second.error).toMatchObject({ reason: 'folderBound', details: { name: 'Phòng LĐ-TB&XH Tam Kỳ' } });
    expect(await dispatch('app:office', undefined)).toMatchObject({ ok: true, value: { unitCode: '502' } });
  });

  it('lets only one of two setups racing each other win', async () => {
    const results = await Promise.all([
      dispatch('app:bindOffice', tamKy),
      dispatch('app:bindOffice', { ...tamKy, unitCode: '503' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('checks what it is given at the door', async () => {
    const bad = await dispatch('app:bindOffice', { ...tamKy, extra: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await dispatch('app:office', undefined)).toEqual({ ok: true, value: null });
  });
});
