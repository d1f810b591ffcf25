import { backupSteps } from './backup-steps';
import { casesSteps } from './cases-steps';
import { exchangeSteps } from './exchange-steps';
import { identitySteps } from './identity-steps';
import { importSteps } from './import-steps';
import { provinceSteps } from './province-steps';
import { storeSteps } from './store-steps';

/** The benchmark page: every step the runner (run.ts) calls, on one page in one browser session. */
const bench = {
  ...storeSteps,
  ...casesSteps,
  ...importSteps,
  ...exchangeSteps,
  ...provinceSteps,
  ...identitySteps,
  ...backupSteps,
};

export type BenchApi = typeof bench;
declare global {
  interface Window {
    binhanBench: BenchApi;
  }
}
window.binhanBench = bench;
console.log('[bench] ready');
