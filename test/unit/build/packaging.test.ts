import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';

interface AfterPackModule {
  default: (context: unknown) => Promise<void>;
  fuseConfig: (electronPlatformName: string) => Record<string, unknown>;
}

function loadHook(): AfterPackModule {
  const loaded: unknown = createRequire(import.meta.url)(path.resolve('build/after-pack.cjs'));
  if (
    typeof loaded !== 'function' ||
    !('default' in loaded && typeof loaded.default === 'function') ||
    !('fuseConfig' in loaded && typeof loaded.fuseConfig === 'function')
  ) {
    throw new Error('build/after-pack.cjs must export the hook and fuseConfig');
  }
  return {
    default: loaded.default as AfterPackModule['default'],
    fuseConfig: loaded.fuseConfig as AfterPackModule['fuseConfig'],
  };
}

describe('afterPack fuses', () => {
  it('flips every fuse to its safe value', () => {
    const { fuseConfig } = loadHook();
    expect(fuseConfig('win32')).toStrictEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('hands the config to the packed binary through electron-builder', async () => {
    const { default: run } = loadHook();
    const addElectronFuses = vi.fn(async () => {});
    const context = { electronPlatformName: 'linux', packager: { addElectronFuses } };
    await run(context);
    expect(addElectronFuses).toHaveBeenCalledTimes(1);
    expect(addElectronFuses).toHaveBeenCalledWith(
      context,
      expect.objectContaining({ [FuseV1Options.RunAsNode]: false }),
    );
  });
});

describe('electron-builder.yml', () => {
  const yaml = readFileSync('electron-builder.yml', 'utf8');

  it('installs per user on Windows, without admin rights', () => {
    for (const line of [
      'perMachine: false',
      'allowElevation: false',
      'oneClick: false',
      'allowToChangeInstallationDirectory: true',
      'requestedExecutionLevel: asInvoker',
    ]) {
      expect(yaml).toContain(line);
    }
  });

  it('names artifacts without spaces and reads the update URL from the build environment', () => {
    expect(yaml).toMatch(/^artifactName: \S+$/m);
    expect(yaml).toContain('provider: generic');
    expect(yaml).toMatch(/url: \$\{env\.BINHAN_UPDATE_URL\}/);
  });

  it('ships a 512×512 PNG icon', () => {
    const png = readFileSync('build/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });
});
