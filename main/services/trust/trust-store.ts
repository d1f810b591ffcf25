import path from 'node:path';
import { z } from 'zod';
import { keyFingerprint } from '../../../shared/bundle/fingerprint';
import { keyIdText, parsePublicKey, publicKeyLine } from '../../../shared/bundle/minisign';
import type { ApprovedSender } from '../../../shared/bundle/read-bundle';
import { type Peer, peerSchema } from '../../../shared/exchange/trust-contract';
import { HostFailure } from '../../../shared/host/result';
import type { Clock } from '../exchange/exchange-deps';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import { createSerial } from '../exchange/serial';
import type { FileSystem } from '../fs/file-system';
import type { KeyIntro } from './read-key-intro';

const fileSchema = z.strictObject({ v: z.literal(1), peers: z.array(peerSchema) });

/** Where an approved key's chain of bundles starts: just before the bundle that introduced it. */
export interface ChainStart {
  unit: string;
  lastSequence: number;
  lastManifestSha256: string | null;
}

/**
 * The keys of other units: offices' keys at the province (from enrollment bundles), the province's keys
 * at an office (from its config bundle). Only approved keys verify bundles; one approved key per unit.
 * Kept in trust/peers.json, written whole and atomically.
 */
export class TrustStore {
  private readonly serial = createSerial();
  private readonly file: string;

  constructor(
    private readonly fs: FileSystem,
    dir: string,
    private readonly clock: Clock,
  ) {
    this.file = path.join(dir, 'peers.json');
  }

  async list(): Promise<Peer[]> {
    return (await readJsonFile(this.fs, this.file, fileSchema))?.peers ?? [];
  }

  private async save(peers: Peer[]): Promise<void> {
    await this.fs.mkdir(path.dirname(this.file), 0o700);
    await writeJsonFile(this.fs, this.file, { v: 1, peers });
  }

  /** Records an introduced key as pending; a key already known keeps its status (importing twice changes nothing). */
  addPending(intro: KeyIntro): Promise<{ peer: Peer; alreadyKnown: boolean }> {
    return this.serial(async () => {
      const peers = await this.list();
      const publicKey = parsePublicKey(intro.row.signingPublicKey);
      const keyId = keyIdText(publicKey.keyId);
      const known = peers.find((p) => p.keyId === keyId);
      if (known) return { peer: known, alreadyKnown: true };
      const peer: Peer = {
        keyId,
        unit: intro.row.unit,
        unitName: intro.row.unitName ?? null,
        introducedBy: intro.kind,
        status: 'pending',
        signingPublicKey: intro.row.signingPublicKey,
        ageRecipient: intro.row.ageRecipient,
        signingFingerprint: keyFingerprint(publicKeyLine(publicKey)),
        ageFingerprint: keyFingerprint(intro.row.ageRecipient),
        sequence: intro.manifest.sequence,
        manifestSha256: intro.manifestSha256,
        previousManifestSha256: intro.manifest.previousManifestSha256,
        importedAt: this.clock.now().toISOString(),
        decidedAt: null,
      };
      await this.save([...peers, peer]);
      return { peer, alreadyKnown: false };
    });
  }

  /**
   * Approves a key whose fingerprint the user confirmed. Returns where its chain starts when the key is
   * newly approved (null when it already was), so the inbox can begin that unit's sequence afresh.
   */
  approve(keyId: string, signingFingerprint: string): Promise<{ peer: Peer; chainStart: ChainStart | null }> {
    return this.serial(async () => {
      const peers = await this.list();
      const peer = findPeer(peers, keyId);
      if (peer.status === 'approved') return { peer, chainStart: null };
      if (peer.status === 'replaced') {
        throw new HostFailure('notAllowed', 'keyReplaced');
      }
      if (peer.signingFingerprint !== signingFingerprint) {
        throw new HostFailure('notAllowed', 'fingerprintMismatch');
      }
      const now = this.clock.now().toISOString();
      const next = peers.map((p): Peer => {
        if (p.keyId === keyId) return { ...p, status: 'approved', decidedAt: now };
        if (p.unit === peer.unit && p.status === 'approved')
          return { ...p, status: 'replaced', decidedAt: now };
        return p;
      });
      await this.save(next);
      const approved = findPeer(next, keyId);
      return {
        peer: approved,
        chainStart: {
          unit: peer.unit,
          lastSequence: peer.sequence - 1,
          lastManifestSha256: peer.previousManifestSha256,
        },
      };
    });
  }

  reject(keyId: string): Promise<Peer> {
    return this.serial(async () => {
      const peers = await this.list();
      findPeer(peers, keyId);
      const now = this.clock.now().toISOString();
      const next = peers.map(
        (p): Peer => (p.keyId === keyId ? { ...p, status: 'rejected', decidedAt: now } : p),
      );
      await this.save(next);
      return findPeer(next, keyId);
    });
  }

  async approvedSenders(): Promise<ApprovedSender[]> {
    return (await this.list())
      .filter((p) => p.status === 'approved')
      .map((p) => ({ publicKey: parsePublicKey(p.signingPublicKey), unit: p.unit }));
  }

  async approvedPeer(unit: string): Promise<Peer | null> {
    return (await this.list()).find((p) => p.unit === unit && p.status === 'approved') ?? null;
  }
}

function findPeer(peers: Peer[], keyId: string): Peer {
  const peer = peers.find((p) => p.keyId === keyId);
  if (!peer) throw new HostFailure('notFound', 'keyNotFound');
  return peer;
}
