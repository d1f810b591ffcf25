import path from 'node:path';
import { ageRecipientOf } from '../../../shared/bundle/age';
import type { BundleKind } from '../../../shared/bundle/manifest';
import type { BundleRecords } from '../../../shared/bundle/payload';
import { writeBundle } from '../../../shared/bundle/write-bundle';
import type { SentBundle } from '../../../shared/exchange/bundles-contract';
import type { SentRef } from '../../../shared/exchange/common';
import { ENROLLMENT_AGE_IDENTITY } from '../../../shared/exchange/key-intro';
import { HostFailure } from '../../../shared/host/result';
import type { FileSystem } from '../fs/file-system';
import { AtomicWriteError, writeFailure } from '../fs/write-errors';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { TrustStore } from '../trust/trust-store';
import { requireAbsolute } from './bundle-source';
import type { Clock, RemovableDriveInfo } from './exchange-deps';
import type { KeySession } from './key-session';
import type { SentStore } from './sent-store';

export interface SendingDeps {
  fs: FileSystem;
  clock: Clock;
  session: KeySession;
  trust: TrustStore;
  sent: SentStore;
  listDrives(): Promise<RemovableDriveInfo[]>;
}

const enrollmentRecipient = ageRecipientOf(ENROLLMENT_AGE_IDENTITY);

/** Makes bundles (signed and encrypted here, with keys that never leave main) and copies them out. */
export function createSending(deps: SendingDeps) {
  const { fs, clock, session, trust, sent } = deps;

  async function recipientKey(kind: BundleKind, unit: string): Promise<string> {
    if (kind === 'enrollment') return enrollmentRecipient;
    const peer = await trust.approvedPeer(unit);
    if (peer === null) {
      throw new HostFailure('notAllowed', 'noApprovedKey', { unit });
    }
    return peer.ageRecipient;
  }

  async function create(
    kind: BundleKind,
    recipientUnit: string,
    records: BundleRecords,
  ): Promise<SentBundle> {
    const { keys, unit } = session.require();
    if (recipientUnit === unit) throw new HostFailure('invalidInput', 'sendToSelf');
    const recipient = await recipientKey(kind, recipientUnit);
    return sent.add(recipientUnit, kind, (sequence, previousManifestSha256) =>
      writeBundle({
        manifestFields: {
          kind,
          sender: { unit },
          recipient: { unit: recipientUnit },
          sequence,
          previousManifestSha256,
          createdAt: clock.now().toISOString(),
        },
        records,
        senderSigningKey: keys.signing,
        recipient,
      }),
    );
  }

  /** Writes a kept bundle to a drive or folder: atomic, read back, nothing under the final name on failure. */
  async function saveTo(ref: SentRef, to: 'drive' | 'folder', target: string) {
    const dir = requireAbsolute(target);
    if (to === 'drive') {
      const drives = await deps.listDrives().catch(() => []);
      if (!drives.some((d) => path.resolve(d.path) === dir)) {
        throw new HostFailure('notFound', 'driveGone');
      }
    }
    const { entry, bytes } = await sent.read(ref);
    await checkTarget(fs, dir, bytes.length);
    try {
      const written = await writeFileAtomic(fs, dir, entry.fileName, bytes);
      await sent.recordCopy(ref, to, written.path);
      return { path: written.path, size: written.size, sha256: written.sha256 };
    } catch (e) {
      if (e instanceof AtomicWriteError) throw writeFailure(e);
      throw e;
    }
  }

  async function download(ref: SentRef) {
    const { entry, bytes } = await sent.read(ref);
    await sent.recordCopy(ref, 'download', null);
    return { fileName: entry.fileName, base64: Buffer.from(bytes).toString('base64'), sha256: entry.sha256 };
  }

  return { create, saveTo, download };
}

/** A folder that exists and has room, checked first so a full stick is reported before a byte is written. */
async function checkTarget(fs: FileSystem, dir: string, size: number): Promise<void> {
  const info = await fs.stat(dir).catch(() => null);
  if (!info?.isDirectory) throw new HostFailure('notFound', 'folderNotFound');
  const space = await fs.statfs(dir).catch(() => null);
  if (space !== null && space.freeBytes < size) throw new HostFailure('unavailable', 'writeNoSpace');
}
