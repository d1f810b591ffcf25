import { rawRewriteInBatches } from './raw';
import { BENCH_PASSPHRASE, existingStore } from './store-steps';

/** The identity-key rotation over the large database, beside a raw read + write of the same rows. */
export const identitySteps = {
  async identityRotation(args: { name: string }): Promise<{ ms: number; raw: number; resealed: number }> {
    const store = await existingStore(args.name);
    const raw = await rawRewriteInBatches(args.name, 'cases', 500);
    const started = performance.now();
    const report = await store.identity.rotate({ username: 'bench', passphrase: BENCH_PASSPHRASE });
    return { ms: performance.now() - started, raw, resealed: report.resealed };
  },
};
