import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { generateAgeKey } from '../../../../shared/bundle/age';
import type { ManifestFields } from '../../../../shared/bundle/manifest';
import { generateMinisignKey } from '../../../../shared/bundle/minisign';
import type { BundleRecords } from '../../../../shared/bundle/payload';

/** Keys are generated per test run: no secret is ever committed. */
export async function makeParties() {
  return {
    office: generateMinisignKey(),
    stranger: generateMinisignKey(),
    province: await generateAgeKey(),
    otherProvince: await generateAgeKey(),
  };
}

export const OFFICE = '49201';
export const PROVINCE = '49';

export const fields = (over: Partial<ManifestFields> = {}): ManifestFields => ({
  kind: 'data',
  sender: { unit: OFFICE },
  recipient: { unit: PROVINCE },
  sequence: 1,
  previousManifestSha256: null,
  createdAt: '2025-03-08T09:30:00.000Z',
  ...over,
});

export const sampleRecords: BundleRecords = {
  cases: [
    { id: '0190a1b2-0000-7000-8000-000000000001', commune: '20434', ageGroup: '18-24', month: '2025-02' },
    { id: '0190a1b2-0000-7000-8000-000000000002', commune: '20437', ageGroup: '25-34', month: '2025-02' },
  ],
  trainings: [{ id: '0190a1b2-0000-7000-8000-000000000003', title: 'Tập huấn phòng, chống bạo lực giới' }],
};

export function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'binhan-bundle-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a real CLI; returns status and output instead of throwing. */
export function run(cmd: string, args: string[], input?: Uint8Array) {
  try {
    const stdout = execFileSync(cmd, args, { input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return {
      status: err.status ?? -1,
      stdout: err.stdout ?? Buffer.alloc(0),
      stderr: String(err.stderr ?? ''),
    };
  }
}

/** Re-zips entries as given — how an attacker would build a tampered but well-formed bundle. */
export const rezip = (entries: Record<string, Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v, { level: 0 }]])));
