import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_HEAD_FILE } from '../../../main/services/audit-head';
import { hostDispatcher } from './dispatch-fixture';

const hash = (c: string) => c.repeat(64);

describe("main's copy of the audit chain's head", () => {
  let dataDir: string;
  let dispatch: ReturnType<typeof hostDispatcher>;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'binhan-audit-head-'));
    dispatch = hostDispatcher(dataDir);
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('moves only forward, in a file of the data folder, so the renderer cannot hide removed entries', async () => {
    expect(await dispatch('audit:head', undefined)).toEqual({ ok: true, value: null });
    expect(await dispatch('audit:advance', { seq: 5, hash: hash('a') })).toMatchObject({ ok: true });
    expect(await dispatch('audit:advance', { seq: 7, hash: hash('b') })).toMatchObject({ ok: true });
    // Going back — what deleting the last entries and reporting the new tail would need — is refused.
    const back = await dispatch('audit:advance', { seq: 6, hash: hash('c') });
    expect(back).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    const other = await dispatch('audit:advance', { seq: 7, hash: hash('d') });
    expect(other).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    expect(await dispatch('audit:advance', { seq: 7, hash: hash('b') })).toMatchObject({ ok: true });
    expect(await dispatch('audit:head', undefined)).toEqual({ ok: true, value: { seq: 7, hash: hash('b') } });
    expect(JSON.parse(await readFile(path.join(dataDir, AUDIT_HEAD_FILE), 'utf8'))).toEqual({
      seq: 7,
      hash: hash('b'),
    });
  });

  it('refuses a malformed head at the door', async () => {
    for (const bad of [
      { seq: 0, hash: hash('a') },
      { seq: 3, hash: 'nothex' },
      { seq: 3, hash: hash('a'), extra: 1 },
    ])
      expect(await dispatch('audit:advance', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalidInput' },
      });
  });

  it('keeps order when many writes report at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        dispatch('audit:advance', { seq: i + 1, hash: hash(String(i % 10)) }),
      ),
    );
    expect(await dispatch('audit:head', undefined)).toMatchObject({ ok: true, value: { seq: 20 } });
  });
});
