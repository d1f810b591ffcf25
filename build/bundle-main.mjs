// Bundles main/ with esbuild (the one tool for everything outside the renderer): Node entries as ESM,
// Electron's main and sandboxed preload as CommonJS, `electron` itself left to the runtime.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron'],
};

await Promise.all([
  build({
    ...common,
    entryPoints: { launch: 'main/launch.ts', web: 'main/web.ts', cli: 'main/cli.ts' },
    outdir: 'dist/main',
    format: 'esm',
    // Bundled CommonJS dependencies still call require(); give the ESM output one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: { app: 'main/app.ts', preload: 'main/preload.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
  }),
]);
