import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = path.resolve('build/check-builder-config.mjs');

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

/** The configurations the script must refuse, each a change to ours or a file of its own. */
const schemaCases = [
  ['an unknown top-level key', 'appId: vn.binhan.app\nautoUpdate: true\n'],
  ['a misspelled nested key', 'appId: vn.binhan.app\nnsis:\n  perMachin: false\n'],
  ['a wrong type', 'appId: vn.binhan.app\nasar: sometimes\n'],
  ['an unknown publish provider', 'appId: vn.binhan.app\npublish:\n  provider: ftp\n  url: x\n'],
] as const;
const updateCases = [
  ['no publish entry (no app-update.yml)', (c: string) => c.replace(/\npublish:\n( {2}.*\n)+/, '\n')],
  [
    'the Windows signature check off',
    (c: string) => c.replace('verifyUpdateCodeSignature: true', 'verifyUpdateCodeSignature: false'),
  ],
  ['no publisherName', (c: string) => c.replace(/ {2}signtoolOptions:\n( {4}.*\n)+/, '')],
  ['a per-machine install', (c: string) => c.replace('perMachine: false', 'perMachine: true')],
] as const;

let dir: string;
let ours: string;
/** One run of the script over every file (electron-builder's loader takes seconds to start): its line per file. */
let verdicts: Map<string, string>;
let batchCode: number;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'binhan-builder-'));
  ours = await readFile('electron-builder.yml', 'utf8');
  const files: Record<string, string> = { ours };
  for (const [name, yaml] of schemaCases) files[name] = yaml;
  for (const [name, change] of updateCases) files[name] = change(ours);
  const paths = await Promise.all(
    Object.entries(files).map(async ([name, yaml], i) => {
      const file = path.join(dir, `config-${i}.yml`);
      await writeFile(file, yaml);
      return [name, file] as const;
    }),
  );
  const missing = path.join(dir, 'nope.yml');
  const result = await runScript([...paths.map(([, file]) => file), missing]);
  batchCode = result.code;
  const lines = result.output.split('\n');
  verdicts = new Map(
    [...paths, ['missing', missing] as const].map(([name, file]) => [
      name,
      lines.find((line) => line.startsWith(`${file}: `)) ?? '(no line for this file)',
    ]),
  );
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run dist:check (electron-builder schema, offline)', { timeout: 30_000 }, () => {
  it('accepts electron-builder.yml', async () => {
    const result = await runScript([]);
    expect(result.output).toContain('electron-builder.yml: valid electron-builder configuration');
    expect(result.code).toBe(0);
  });

  it('accepts a copy of our configuration given by path, among others it refuses (exit non-zero)', () => {
    expect(verdicts.get('ours')).toMatch(/: valid electron-builder configuration$/);
    expect(batchCode).not.toBe(0);
  });

  it.each(schemaCases)('rejects %s', (name) => {
    expect(verdicts.get(name)).toContain('INVALID');
  });

  it.each(updateCases)('refuses our configuration with %s', (name, change) => {
    expect(change(ours)).not.toBe(ours);
    expect(verdicts.get(name)).toContain('INVALID update configuration:');
  });

  it('rejects a missing file', () => {
    expect(verdicts.get('missing')).toMatch(/INVALID .*not found/);
  });

  it('refuses an update server that is not https, and accepts one that is', async () => {
    const [plain, secure] = await Promise.all(
      ['http://updates.example.vn/binhan/', 'https://updates.example.vn/binhan/'].map((url) =>
        runScript([], { ...process.env, BINHAN_UPDATE_URL: url }),
      ),
    );
    expect(plain?.code).not.toBe(0);
    expect(plain?.output).toContain('must be an https:// address');
    expect(secure?.code).toBe(0);
  });
});
