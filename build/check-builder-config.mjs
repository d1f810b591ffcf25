// `npm run dist:check`: validates electron-builder.yml offline with electron-builder's own loader and
// JSON-schema validator (the same calls `electron-builder` makes before packaging), so an unknown or
// misspelled key fails here instead of on the release machine.
// Usage: node build/check-builder-config.mjs [file …] — each file is checked in this one process (loading
// electron-builder costs seconds, so its tests check all their configurations in one run); one line per
// file, and a non-zero exit if any is invalid.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files =
  process.argv.length > 2 ? process.argv.slice(2) : [path.join(projectDir, 'electron-builder.yml')];

// app-builder-lib is electron-builder's engine; resolve it from electron-builder so versions match.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { getConfig, validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config');
const { DebugLogger } = requireFromBuilder('builder-util');

/** Files the config names that must exist in the repository, relative to the project. */
function missingFiles(config) {
  const buildResources = config.directories?.buildResources ?? 'build';
  const wanted = [path.join(buildResources, 'icon.png')];
  if (typeof config.afterPack === 'string') wanted.push(config.afterPack);
  return wanted.filter((file) => !existsSync(path.resolve(projectDir, file)));
}

/**
 * What the update path needs beyond the schema (README "Cập nhật / Updates"): a `generic` publish entry,
 * so that app-update.yml is written into the app; Windows' Authenticode check of each downloaded
 * installer on (`verifyUpdateCodeSignature`) with the certificate's `publisherName`, without which
 * electron-updater 6 silently skips that check; and the per-user NSIS install (no admin rights).
 */
function updateProblems(config) {
  const problems = [];
  const publish = [config.publish ?? []].flat();
  if (!publish.some((p) => p !== null && typeof p === 'object' && p.provider === 'generic'))
    problems.push('publish needs a generic provider entry (app-update.yml)');
  if (config.win?.verifyUpdateCodeSignature !== true)
    problems.push('win.verifyUpdateCodeSignature must be true');
  const names = [config.win?.signtoolOptions?.publisherName ?? []]
    .flat()
    .filter((n) => typeof n === 'string' && n !== '');
  if (names.length === 0)
    problems.push('win.signtoolOptions.publisherName must name the code-signing certificate');
  if (config.nsis?.perMachine !== false || config.nsis?.allowElevation !== false)
    problems.push('nsis must install per user (perMachine: false, allowElevation: false)');
  return problems;
}

/** Checks one configuration file; throws what is wrong with it. */
async function check(configFile) {
  if (!existsSync(configFile)) throw new Error(`${configFile} not found`);
  const config = await getConfig(projectDir, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
  // The update server is named at build time; anything but https would let the network pick the installer.
  const updateUrl = process.env.BINHAN_UPDATE_URL;
  if (updateUrl !== undefined && updateUrl !== '' && new URL(updateUrl).protocol !== 'https:')
    throw new Error(`BINHAN_UPDATE_URL must be an https:// address, not ${updateUrl}`);
  const problems = updateProblems(config);
  if (problems.length > 0) throw new Error(`update configuration: ${problems.join('; ')}`);
  const missing = missingFiles(config);
  if (missing.length > 0)
    throw new Error(`files named in the configuration are missing: ${missing.join(', ')}`);
}

let invalid = 0;
for (const file of files) {
  const configFile = path.resolve(file);
  const shown = configFile.startsWith(projectDir + path.sep)
    ? path.relative(projectDir, configFile)
    : configFile;
  try {
    await check(configFile);
    console.log(`${shown}: valid electron-builder configuration`);
  } catch (error) {
    invalid += 1;
    // One line per file, so a caller that checked many can tell which failed and why.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    console.log(`${shown}: INVALID ${reason}`);
  }
}
if (invalid > 0) process.exit(1);
