import { RejectedError } from '../../../shared/bundle/rejection';
import { MAX_KEY_INTRO_BYTES } from '../../../shared/exchange/key-intro';
import type { HostHandlers } from '../../../shared/host-api';
import { readKeyIntro } from '../trust/read-key-intro';
import { readSource } from './bundle-source';
import type { ExchangeServices } from './exchange-services';
import { exportPublicKeys } from './public-key-export';

export function createTrustHandlers(x: ExchangeServices): HostHandlers['trust'] {
  return {
    list: async () => ({ peers: await x.trust.list() }),
    importKeys: async ({ source }) => {
      const { keys, unit } = x.session.require();
      let bytes: Uint8Array;
      try {
        bytes = await readSource(x.deps.fs, source, MAX_KEY_INTRO_BYTES);
      } catch (e) {
        if (e instanceof RejectedError) return { ok: false, rejection: e.toRejection() };
        throw e;
      }
      const intro = await readKeyIntro(bytes, { unit, ageIdentity: keys.age.identity });
      if (!intro.ok) return intro;
      return { ok: true, ...(await x.trust.addPending(intro.value)) };
    },
    approve: async ({ keyId, signingFingerprint }) => {
      x.session.require();
      const { peer, chainStart } = await x.trust.approve(keyId, signingFingerprint);
      if (chainStart)
        await x.inbox.startChain(chainStart.unit, chainStart.lastSequence, chainStart.lastManifestSha256);
      return peer;
    },
    reject: async ({ keyId }) => {
      x.session.require();
      return x.trust.reject(keyId);
    },
    exportPublic: ({ unit, path }) => exportPublicKeys(x, unit, path),
  };
}
