import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installerBytes, latestYml } from '../updates/update-fixture';

/** The real `binhan` as a separate process, and the real `minisign` for its keys and checks. */
let root: string;
let cliJs: string;
const binhan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cliJs, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const minisign = (...args: string[]) => spawnSync('minisign', args, { encoding: 'utf8' });
const p = (...parts: string[]) => path.join(root, ...parts);

/** electron-builder's output folder for one version (unsigned). */
function buildOutput(dir: string, version: string): string {
  mkdirSync(dir, { recursive: true });
  const installer = `BinhAn-${version}-win-x64.exe`;
  const bytes = installerBytes(version);
  writeFileSync(path.join(dir, installer), bytes);
  writeFileSync(path.join(dir, `${installer}.blockmap`), 'blockmap');
  writeFileSync(path.join(dir, 'latest.yml'), latestYml(version, installer, bytes));
  writeFileSync(path.join(dir, 'builder-debug.yml'), 'not part of the release');
  return dir;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'binhan-release-cli-'));
  cliJs = p('cli.js');
  await build({
    entryPoints: ['main/cli.ts'],
    outfile: cliJs,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // The publisher's key as minisign itself makes it (unencrypted: -W).
  expect(minisign('-G', '-W', '-p', p('publisher.pub'), '-s', p('publisher.key')).status).toBe(0);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('binhan release', () => {
  it('signs latest.yml so that `minisign -V` verifies it, with the version and schema in the trusted comment', () => {
    const out = buildOutput(p('build-1'), '1.2.0');
    const signed = binhan('release', 'sign', out, '--key', p('publisher.key'), '--schema', '8');
    expect(signed.stderr).toBe('');
    expect(signed.status).toBe(0);
    expect(signed.stdout).toMatch(/Đã ký latest\.yml của bản 1\.2\.0 \(lược đồ 8\)/);
    // Not one of the app's built-in keys, and it says so.
    expect(signed.stdout).toContain('KHÔNG phải khoá nhà phát hành');
    const check = minisign('-V', '-m', path.join(out, 'latest.yml'), '-p', p('publisher.pub'));
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/Signature and comment signature verified/);
    expect(check.stdout).toMatch(
      /Trusted comment: binhan-release file=latest\.yml version=1\.2\.0 schema=8 signed=/,
    );

    const verified = binhan('release', 'verify', out, '--pub', p('publisher.pub'));
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^Hợp lệ: bản 1\.2\.0 \(lược đồ dữ liệu 8\).*sha512 khớp/);
  });

  it('refuses, in one line with exit 1, a tampered latest.yml, a tampered installer, and a key the app does not know', () => {
    const out = buildOutput(p('build-2'), '1.3.0');
    expect(binhan('release', 'sign', out, '--key', p('publisher.key'), '--schema', '7').status).toBe(0);
    // The app's own publisher keys did not sign this.
    const unknown = binhan('release', 'verify', out);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(
      /^binhan: TỪ CHỐI \[unknownKey\]: chữ ký không phải của khoá nhà phát hành \([0-9A-F]{16}\)\n$/,
    );

    const installer = path.join(out, 'BinhAn-1.3.0-win-x64.exe');
    const bytes = readFileSync(installer);
    bytes[10] = (bytes[10] ?? 0) ^ 0xff;
    writeFileSync(installer, bytes);
    const hash = binhan('release', 'verify', out, '--pub', p('publisher.pub'));
    expect(hash.status).toBe(1);
    expect(hash.stderr).toMatch(/^binhan: TỪ CHỐI \[installerHash\]: .*\n$/);

    const yml = path.join(out, 'latest.yml');
    writeFileSync(yml, readFileSync(yml, 'utf8').replace('1.3.0', '1.3.1'));
    const tampered = binhan('release', 'verify', out, '--pub', p('publisher.pub'));
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toMatch(/^binhan: TỪ CHỐI \[badSignature\]: .*\n$/);
    expect(minisign('-V', '-m', yml, '-p', p('publisher.pub')).status).not.toBe(0);
  });

  it('does not sign a release whose installer does not match latest.yml', () => {
    const out = buildOutput(p('build-3'), '1.4.0');
    writeFileSync(path.join(out, 'BinhAn-1.4.0-win-x64.exe'), installerBytes('9.9.9'));
    const r = binhan('release', 'sign', out, '--key', p('publisher.key'), '--schema', '7');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^binhan: TỪ CHỐI \[installerHash\]/);
    expect(readdirSync(out)).not.toContain('latest.yml.minisig');
  });

  it('makes the folder that goes on a stick: the four release files only, verified as copied', () => {
    const out = buildOutput(p('build-4'), '1.5.0');
    expect(binhan('release', 'sign', out, '--key', p('publisher.key'), '--schema', '7').status).toBe(0);
    const made = binhan('release', 'folder', out, '--out', p('stick'), '--pub', p('publisher.pub'));
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(readdirSync(p('stick', 'BinhAn-1.5.0')).sort()).toEqual([
      'BinhAn-1.5.0-win-x64.exe',
      'BinhAn-1.5.0-win-x64.exe.blockmap',
      'latest.yml',
      'latest.yml.minisig',
    ]);
    expect(
      minisign('-V', '-m', p('stick', 'BinhAn-1.5.0', 'latest.yml'), '-p', p('publisher.pub')).status,
    ).toBe(0);
    // Never over an earlier copy.
    expect(binhan('release', 'folder', out, '--out', p('stick'), '--pub', p('publisher.pub')).status).toBe(1);
  });

  it('says what is wrong with the command line, with exit 2', () => {
    expect(binhan('release').status).toBe(2);
    expect(binhan('release', 'publish', 'x').status).toBe(2);
    const noSchema = binhan('release', 'sign', p('build-1'), '--key', p('publisher.key'));
    expect(noSchema.status).toBe(2);
    expect(noSchema.stderr).toMatch(/thiếu --schema/);
  });
});
