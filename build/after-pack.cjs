// electron-builder afterPack hook: flips Electron's fuses in the packed binary, before any signing, so
// the shipped executable cannot be turned into something other than Bình An. The fuses are baked into
// the binary; run-time code cannot turn them back on.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @param {string} electronPlatformName */
function fuseConfig(electronPlatformName) {
  return {
    version: FuseVersion.V1,
    // macOS arm64 refuses to start a binary whose ad-hoc signature no longer matches after the flip.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin',
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js runtime.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and other Chromium secrets are encrypted at rest with the OS keystore.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could inject code (--require) into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends would open a debugger into the main process, which holds the keys.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar is checked against the hash embedded at build time, so an edited asar does not load.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only app.asar is loaded, so a planted resources/app folder cannot replace the app.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // We ship no custom V8 snapshot; keep the standard one.
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The app is served from app://, so file:// pages get no extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** @param {import('app-builder-lib').AfterPackContext} context */
async function afterPack(context) {
  // electron-builder's own helper finds the packed executable for each platform and calls flipFuses.
  await context.packager.addElectronFuses(context, fuseConfig(context.electronPlatformName));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
