import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/bundle/limits';
import { readZip } from '../../../../shared/bundle/zip';
import { findIdentifyingField } from '../../../../shared/exchange/identifying-fields';
import { SHARED_SCHEMAS, type SharedType } from '../../../../shared/exchange/sharing/index';

/** `binhan demo` as province IT runs it: the built CLI, then the real unzip, minisign and age. */
let root: string;
const p = (...parts: string[]) => path.join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'binhan-demo-'));
  const build = spawnSync(process.execPath, ['build/bundle-main.mjs'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const run = spawnSync(
    process.execPath,
    ['dist/main/cli.js', 'demo', '--out', p('demo'), '--cases', '300'],
    {
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

type DemoRecords = {
  cases: {
    id: string;
    caseCode: string;
    reportDate: string;
    consent: { deidentifiedReporting: boolean };
    deletedAt: string | null;
    identity: { fullName: string; phone?: string; address?: string; idNumbers: string[]; narrative?: string };
  }[];
  people: { id: string; fullName: string; position?: string }[];
};

describe('binhan demo', () => {
  it('writes an office with its records and keys, a province with keys, and one bundle', () => {
    expect(readdirSync(p('demo', 'office')).sort()).toEqual([
      'age.key',
      'age.pub',
      'records.json',
      'signing.key',
      'signing.pub',
    ]);
    expect(readdirSync(p('demo', 'province')).sort()).toEqual([
      'age.key',
      'age.pub',
      'signing.key',
      'signing.pub',
    ]);
    expect(statSync(p('demo', 'office', 'records.json')).mode & 0o777).toBe(0o600);
    const records = JSON.parse(readFileSync(p('demo', 'office', 'records.json'), 'utf8')) as DemoRecords;
    expect(records.cases).toHaveLength(300);
    expect(records.cases[0]?.identity.fullName.length).toBeGreaterThan(3);
    expect(readdirSync(p('demo', 'bundle'))).toEqual(['binhan_502_to_49_data_000001.zip']);
  });

  it('opens with the standard tools, and no identifying value from records.json is in the payload', () => {
    const bundle = p('demo', 'bundle', 'binhan_502_to_49_data_000001.zip');
    const entries = readZip(new Uint8Array(readFileSync(bundle)), DEFAULT_LIMITS);
    writeFileSync(p('manifest.json'), entries['manifest.json']);
    writeFileSync(p('manifest.json.minisig'), entries['manifest.json.minisig']);
    writeFileSync(p('payload.age'), entries['payload.age']);
    expect(spawnSync('unzip', ['-t', bundle]).status).toBe(0);
    const verify = spawnSync(
      'minisign',
      ['-V', '-p', p('demo', 'office', 'signing.pub'), '-m', p('manifest.json')],
      {
        encoding: 'utf8',
      },
    );
    expect(verify.status, verify.stderr).toBe(0);
    const age = spawnSync('age', ['-d', '-i', p('demo', 'province', 'age.key'), p('payload.age')]);
    expect(age.status, age.stderr.toString()).toBe(0);
    const payload = JSON.parse(new TextDecoder().decode(gunzipSync(new Uint8Array(age.stdout)))) as {
      records: Record<string, Record<string, unknown>[]>;
    };
    const text = JSON.stringify(payload);

    const records = JSON.parse(readFileSync(p('demo', 'office', 'records.json'), 'utf8')) as DemoRecords;
    const secrets = [
      ...records.cases.flatMap((c) => [
        c.id,
        c.caseCode,
        c.identity.fullName,
        c.identity.phone,
        c.identity.address,
        c.identity.narrative,
        ...c.identity.idNumbers,
      ]),
      ...records.people.flatMap((person) => [person.id, person.fullName]),
    ].filter((s): s is string => typeof s === 'string' && s.length >= 6);
    expect(secrets.length).toBeGreaterThan(600);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain('"reportDate"');
    expect(findIdentifyingField(payload.records)).toBeNull();
    for (const [type, rows] of Object.entries(payload.records)) {
      for (const row of rows) SHARED_SCHEMAS[type as SharedType].parse(row);
    }
    // Cases leave as counters only: no case-level row, and every case is counted, consenting or not.
    expect(payload.records.cases).toBeUndefined();
    const live = records.cases.filter((c) => c.deletedAt === null).length;
    const officeTotal = (payload.records.aggregates ?? [])
      .filter((row) => row.kind === 'case' && row.unit === '49')
      .reduce((sum, row) => sum + Number((row.counts as Record<string, number>).total ?? 0), 0);
    expect(officeTotal).toBe(live);
  });
});
