import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = path.resolve('build/check-builder-config.mjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'binhan-builder-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runScript(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

let configs = 0;
async function check(yaml: string | null): Promise<{ code: number; output: string }> {
  if (yaml === null) return runScript([]);
  const file = path.join(dir, `config-${++configs}.yml`);
  await writeFile(file, yaml);
  return runScript([file]);
}

// Each case starts electron-builder's loader in a fresh Node (about two seconds).
describe('npm run dist:check (electron-builder schema, offline)', { timeout: 30_000 }, () => {
  it('accepts electron-builder.yml', async () => {
    const result = await check(null);
    expect(result.output).toContain('valid electron-builder configuration');
    expect(result.code).toBe(0);
  });

  it('accepts a copy of our configuration given by path', async () => {
    const ours = await readFile('electron-builder.yml', 'utf8');
    expect((await check(ours)).code).toBe(0);
  });

  it.each([
    ['an unknown top-level key', 'appId: vn.binhan.app\nautoUpdate: true\n'],
    ['a misspelled nested key', 'appId: vn.binhan.app\nnsis:\n  perMachin: false\n'],
    ['a wrong type', 'appId: vn.binhan.app\nasar: sometimes\n'],
    ['an unknown publish provider', 'appId: vn.binhan.app\npublish:\n  provider: ftp\n  url: x\n'],
  ])('rejects %s with a non-zero exit', async (_name, yaml) => {
    const result = await check(yaml);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('INVALID');
  });

  it('refuses an update server that is not https, and accepts one that is', async () => {
    const plain = await runScript([], {
      ...process.env,
      BINHAN_UPDATE_URL: 'http://updates.example.vn/binhan/',
    });
    expect(plain.code).not.toBe(0);
    expect(plain.output).toContain('must be an https:// address');
    const secure = await runScript([], {
      ...process.env,
      BINHAN_UPDATE_URL: 'https://updates.example.vn/binhan/',
    });
    expect(secure.code).toBe(0);
  });

  it.each([
    ['no publish entry (no app-update.yml)', (c: string) => c.replace(/\npublish:\n( {2}.*\n)+/, '\n')],
    [
      'the Windows signature check off',
      (c: string) => c.replace('verifyUpdateCodeSignature: true', 'verifyUpdateCodeSignature: false'),
    ],
    ['no publisherName', (c: string) => c.replace(/ {2}signtoolOptions:\n( {4}.*\n)+/, '')],
    ['a per-machine install', (c: string) => c.replace('perMachine: false', 'perMachine: true')],
  ])('refuses our configuration with %s', async (_name, change) => {
    const ours = await readFile('electron-builder.yml', 'utf8');
    const changed = change(ours);
    expect(changed).not.toBe(ours);
    const result = await check(changed);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('update configuration:');
  });

  it('rejects a missing file', async () => {
    const result = await runScript([path.join(dir, 'nope.yml')]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('not found');
  });
});
