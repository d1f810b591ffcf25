import path from 'node:path';
import { z } from 'zod';
import type { Manifest } from '../../../shared/bundle/manifest';
import type { ChainState } from '../../../shared/bundle/read-bundle';
import {
  inboxSenderSchema,
  type ReceivedEntry,
  receivedEntrySchema,
} from '../../../shared/exchange/bundles-contract';
import {
  addToRanges,
  inRanges,
  mergeRanges,
  removeFromRanges,
  type SequenceRanges,
} from '../../../shared/exchange/receipt';
import { HostFailure } from '../../../shared/host/result';
import type { FileSystem } from '../fs/file-system';
import type { Clock } from './exchange-deps';
import { readJsonFile, writeJsonFile } from './json-file';
import { createSerial } from './serial';

const senderSchema = inboxSenderSchema.extend({ lastManifestSha256: z.string().nullable() });
type Sender = z.infer<typeof senderSchema>;
const fileSchema = z.strictObject({
  v: z.literal(1),
  senders: z.record(z.string(), senderSchema),
  /** Received bundles, oldest first; absent in files written before the history was kept. */
  history: z.array(receivedEntrySchema).optional(),
});
type InboxFile = z.infer<typeof fileSchema>;

/** Ten years of monthly bundles and their re-sends per office; older lines make way for newer. */
const MAX_HISTORY_PER_UNIT = 240;

/** How many missing sequence numbers are offered to the reader as "a re-send fills this gap". */
const MAX_MISSING_LISTED = 10_000;

/**
 * inbox/state.json: per sending unit, what has been received (committed after the renderer applied
 * it), the chain position, and the gaps. Receipts are made from it.
 */
export class InboxStore {
  private readonly serial = createSerial();
  private readonly file: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly clock: Clock,
  ) {
    this.file = path.join(dir, 'state.json');
  }

  private async loadFile(): Promise<InboxFile> {
    return (await readJsonFile(this.fs, this.file, fileSchema)) ?? { v: 1, senders: {} };
  }

  private async load(): Promise<Record<string, Sender>> {
    return (await this.loadFile()).senders;
  }

  /** State and history in one file, so a bundle is recorded as received and in the history at once. */
  private async save(senders: Record<string, Sender>, history?: ReceivedEntry[]): Promise<void> {
    await this.fs.mkdir(this.dir, 0o700);
    const kept = history ?? (await this.loadFile()).history;
    await writeJsonFile(this.fs, this.file, {
      v: 1,
      senders,
      ...(kept === undefined ? {} : { history: kept }),
    });
  }

  /** Received bundles, newest first, of one unit or all. */
  async history(unit?: string): Promise<ReceivedEntry[]> {
    const all = (await this.loadFile()).history ?? [];
    return all.filter((e) => unit === undefined || e.unit === unit).reverse();
  }

  async list(): Promise<Sender[]> {
    return Object.values(await this.load());
  }

  async get(unit: string): Promise<Sender | null> {
    const senders = await this.load();
    return Object.hasOwn(senders, unit) ? (senders[unit] ?? null) : null;
  }

  /** The chain states readBundle checks sequence and previous-manifest against. */
  async chains(): Promise<Record<string, ChainState>> {
    const out: Record<string, ChainState> = {};
    for (const [unit, s] of Object.entries(await this.load())) {
      out[unit] = {
        lastSequence: s.lastSequence,
        lastManifestSha256: s.lastManifestSha256,
        missingSequences: expand(s.missing),
      };
    }
    return out;
  }

  /** A newly approved key starts its unit's chain just before the bundle that introduced it. */
  startChain(unit: string, lastSequence: number, lastManifestSha256: string | null): Promise<void> {
    return this.serial(async () => {
      const senders = await this.load();
      const old = Object.hasOwn(senders, unit) ? senders[unit] : undefined;
      senders[unit] = {
        unit,
        lastSequence,
        lastManifestSha256,
        received: old?.received.filter(([, b]) => b <= lastSequence) ?? [],
        missing: [],
        lastReceivedAt: old?.lastReceivedAt ?? null,
      };
      await this.save(senders);
    });
  }

  /** Records a bundle as received once the renderer applied it; the same bundle twice changes nothing. */
  commit(manifest: Manifest, manifestSha256: string, importedBy: string | null = null): Promise<Sender> {
    return this.serial(async () => {
      const file = await this.loadFile();
      const senders = file.senders;
      const unit = manifest.sender.unit;
      const s: Sender = (Object.hasOwn(senders, unit) ? senders[unit] : undefined) ?? {
        unit,
        lastSequence: 0,
        lastManifestSha256: null,
        received: [],
        missing: [],
        lastReceivedAt: null,
      };
      const seq = manifest.sequence;
      if (inRanges(s.received, seq)) return s;
      if (seq <= s.lastSequence) {
        if (!inRanges(s.missing, seq)) throw new HostFailure('notAllowed', 'replay', { sequence: seq });
        s.missing = removeFromRanges(s.missing, seq);
      } else {
        if (seq > s.lastSequence + 1) s.missing = mergeRanges([...s.missing, [s.lastSequence + 1, seq - 1]]);
        else if (manifest.previousManifestSha256 !== s.lastManifestSha256) {
          throw new HostFailure('notAllowed', 'chainBroken', { sequence: seq });
        }
        s.lastSequence = seq;
        s.lastManifestSha256 = manifestSha256;
      }
      s.received = addToRanges(s.received, seq);
      s.lastReceivedAt = this.clock.now().toISOString();
      senders[unit] = s;
      const entry: ReceivedEntry = {
        unit,
        kind: manifest.kind,
        sequence: seq,
        manifestSha256,
        createdAt: manifest.createdAt,
        receivedAt: s.lastReceivedAt,
        counts: manifest.counts,
        importedBy,
      };
      await this.save(senders, trimHistory([...(file.history ?? []), entry], unit));
      return s;
    });
  }
}

function trimHistory(history: ReceivedEntry[], unit: string): ReceivedEntry[] {
  const mine = history.filter((e) => e.unit === unit).length;
  if (mine <= MAX_HISTORY_PER_UNIT) return history;
  let drop = mine - MAX_HISTORY_PER_UNIT;
  return history.filter((e) => e.unit !== unit || drop-- <= 0);
}

function expand(ranges: SequenceRanges): number[] {
  const out: number[] = [];
  for (let i = ranges.length - 1; i >= 0 && out.length < MAX_MISSING_LISTED; i--) {
    const [a, b] = ranges[i] ?? [1, 0];
    for (let n = b; n >= a && out.length < MAX_MISSING_LISTED; n--) out.push(n);
  }
  return out;
}

export const publicSender = (s: Sender): z.infer<typeof inboxSenderSchema> => ({
  unit: s.unit,
  lastSequence: s.lastSequence,
  received: s.received,
  missing: s.missing,
  lastReceivedAt: s.lastReceivedAt,
});
