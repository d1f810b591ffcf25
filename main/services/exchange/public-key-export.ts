import { formatPublicKey, parsePublicKey } from '../../../shared/bundle/minisign';
import { HostFailure } from '../../../shared/host/result';
import { AtomicWriteError, writeFailure } from '../fs/write-errors';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { requireAbsolute } from './bundle-source';
import type { ExchangeServices } from './exchange-services';

/**
 * Public keys as the standard tools read them: `binhan_<unit>_signing.pub` in minisign's own format
 * (`minisign -Vm manifest.json -p …`) and `binhan_<unit>_age-recipient.txt` (`age -r "$(cat …)"`).
 * An office's are the approved ones the province verifies its bundles with; no private key is involved.
 */
export async function exportPublicKeys(x: ExchangeServices, unit: string | undefined, target: string) {
  const own = x.session.require();
  const dir = requireAbsolute(target);
  const info = await x.deps.fs.stat(dir).catch(() => null);
  if (!info?.isDirectory) throw new HostFailure('notFound', 'folderNotFound');
  let keys: { unit: string; signingPublicKey: string; ageRecipient: string };
  if (unit === undefined || unit === own.unit) {
    keys = own.publicInfo;
  } else {
    const peer = await x.trust.approvedPeer(unit);
    if (peer === null) throw new HostFailure('notFound', 'noApprovedKey', { unit });
    keys = peer;
  }
  const files = [
    { name: `binhan_${keys.unit}_signing.pub`, text: formatPublicKey(parsePublicKey(keys.signingPublicKey)) },
    { name: `binhan_${keys.unit}_age-recipient.txt`, text: `${keys.ageRecipient}\n` },
  ];
  const out = [];
  try {
    for (const f of files) {
      const written = await writeFileAtomic(x.deps.fs, dir, f.name, new TextEncoder().encode(f.text));
      out.push({ name: f.name, path: written.path });
    }
  } catch (e) {
    if (e instanceof AtomicWriteError) throw writeFailure(e);
    throw e;
  }
  return { files: out };
}
