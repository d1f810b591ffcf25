import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import {
  type AuthorityProof,
  type AuthorityPublicKeys,
  authorityProofSchema,
  authorityPublicKeysSchema,
  GUARDED_CALLS,
  type GuardedChannel,
  inputDigest,
  PROOF_MAX_AGE_MS,
  verifyProof,
} from '../../../shared/exchange/authority';
import { type HostErrorDetails, HostFailure, type HostReason } from '../../../shared/host/result';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { Clock } from './exchange-deps';
import { readJsonFile, writeJsonFile } from './json-file';
import { createSerial } from './serial';

/** authority/verifier.json: the public halves of the office's authority keys; never replaced once set. */
const verifierSchema = z.strictObject({
  v: z.literal(1),
  publicKeys: authorityPublicKeysSchema,
  setAt: z.iso.datetime(),
  /** create: with the office's keys at setup; unlock: adopted once by an office set up before. */
  setBy: z.enum(['create', 'unlock']),
});

/** What an authorised change was about, for the log. */
export interface ChangeSubject {
  /** A key id, `unit#sequence` of a bundle, or the mail server. */
  subject: string | null;
  /** The key the change concerns (a peer's signing key, a bundle recipient's age key). */
  fingerprint: string | null;
  /** `rejected` when the call ran but changed nothing (a key bundle refused). */
  outcome?: 'done' | 'rejected';
}

/** One line of authority/changes.jsonl. `prev` is the SHA-256 of the line before (genesis: 64 zeros). */
export const changeEntrySchema = z.strictObject({
  v: z.literal(1),
  seq: z.int().min(1),
  at: z.iso.datetime(),
  verb: z.enum(Object.keys(GUARDED_CALLS) as [GuardedChannel, ...GuardedChannel[]]),
  role: authorityProofSchema.shape.role,
  userId: z.string(),
  username: z.string(),
  proofAt: z.iso.datetime(),
  nonce: z.string(),
  inputSha256: z.string().regex(/^[0-9a-f]{64}$/),
  subject: z.string().nullable(),
  fingerprint: z.string().nullable(),
  outcome: z.enum(['done', 'rejected']),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

const GENESIS = '0'.repeat(64);
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

const refuse = (reason: HostReason, details?: HostErrorDetails) =>
  new HostFailure('authorityRequired', reason, details);

/**
 * Main's own check of who may change trust (shared/exchange/authority.ts), and its own log of each
 * change: what the renderer's store says about roles is not trusted here, only signatures by the
 * office's authority keys, whose public halves main adopted once.
 */
export class Authority {
  private readonly verifierFile: string;
  private readonly logFile: string;
  private readonly serial = createSerial();
  /** Nonces of accepted proofs (from the log, and those in flight). */
  private nonces: Set<string> | null = null;

  constructor(private readonly deps: { fs: FileSystem; dir: string; clock: Clock }) {
    this.verifierFile = path.join(deps.dir, 'verifier.json');
    this.logFile = path.join(deps.dir, 'changes.jsonl');
  }

  async publicKeys(): Promise<AuthorityPublicKeys | null> {
    return (await readJsonFile(this.deps.fs, this.verifierFile, verifierSchema))?.publicKeys ?? null;
  }

  /**
   * Sets the verifier if main has none. An existing one is never replaced through the API: a caller
   * who could replace it could authorise anything.
   */
  adopt(publicKeys: AuthorityPublicKeys | undefined, setBy: 'create' | 'unlock'): Promise<void> {
    return this.serial(async () => {
      if (publicKeys === undefined || (await this.publicKeys()) !== null) return;
      await this.deps.fs.mkdir(this.deps.dir, 0o700);
      await writeJsonFile(this.deps.fs, this.verifierFile, {
        v: 1,
        publicKeys,
        setAt: this.deps.clock.now().toISOString(),
        setBy,
      });
    });
  }

  /**
   * Runs `run` only for a valid, fresh, unused proof for exactly this call and input, then appends the
   * change to the log. The proof is consumed even when the call fails afterwards.
   */
  async authorise<I extends { proof?: AuthorityProof | undefined }, T>(
    channel: GuardedChannel,
    input: I,
    run: () => Promise<T>,
    subjectOf: (result: T) => Promise<ChangeSubject> | ChangeSubject,
  ): Promise<T> {
    const proof = input.proof;
    const role = GUARDED_CALLS[channel];
    if (proof === undefined) {
      throw refuse('proofMissing', { role });
    }
    const keys = await this.publicKeys();
    if (keys === null) {
      throw refuse('authorityKeysMissing');
    }
    if (proof.role !== GUARDED_CALLS[channel]) {
      throw refuse('proofWrongRole', { role });
    }
    const skew = Math.abs(this.deps.clock.now().getTime() - Date.parse(proof.at));
    if (!(skew <= PROOF_MAX_AGE_MS)) {
      throw refuse('proofStale');
    }
    if (!(await verifyProof(keys, channel, input, proof))) {
      throw refuse('proofInvalid', { role });
    }
    const nonces = await this.usedNonces();
    if (nonces.has(proof.nonce)) throw refuse('proofReused');
    nonces.add(proof.nonce);
    const result = await run();
    const subject = await subjectOf(result);
    const inputSha256 = await inputDigest(input);
    await this.append({
      verb: channel,
      role: proof.role,
      userId: proof.userId,
      username: proof.username,
      proofAt: proof.at,
      nonce: proof.nonce,
      inputSha256,
      subject: subject.subject,
      fingerprint: subject.fingerprint,
      outcome: subject.outcome ?? 'done',
    });
    return result;
  }

  /** Every entry of the log, oldest first; a line that does not parse or chain stops the read. */
  async entries(): Promise<ChangeEntry[]> {
    const text = await this.readLog();
    const out: ChangeEntry[] = [];
    let prev = GENESIS;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw damagedLog();
      }
      const entry = changeEntrySchema.safeParse(raw);
      if (!entry.success || entry.data.prev !== prev || entry.data.seq !== out.length + 1) throw damagedLog();
      out.push(entry.data);
      prev = sha256Hex(line);
    }
    return out;
  }

  private async usedNonces(): Promise<Set<string>> {
    if (this.nonces === null) {
      const entries = await this.serial(() => this.entries());
      this.nonces ??= new Set(entries.map((e) => e.nonce));
    }
    return this.nonces;
  }

  private async readLog(): Promise<string> {
    try {
      return new TextDecoder().decode(await this.deps.fs.readFile(this.logFile));
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return '';
      throw e;
    }
  }

  /** Appends one line: the whole file is rewritten atomically (temp, fsync, rename, read back). */
  private append(fields: Omit<ChangeEntry, 'v' | 'seq' | 'at' | 'prev'>): Promise<void> {
    return this.serial(async () => {
      const entries = await this.entries();
      const text = await this.readLog();
      const lines = text.split('\n').filter((l) => l !== '');
      const last = lines.at(-1);
      const entry: ChangeEntry = {
        v: 1,
        seq: entries.length + 1,
        at: this.deps.clock.now().toISOString(),
        ...fields,
        prev: last === undefined ? GENESIS : sha256Hex(last),
      };
      await this.deps.fs.mkdir(this.deps.dir, 0o700);
      const next = `${[...lines, JSON.stringify(changeEntrySchema.parse(entry))].join('\n')}\n`;
      await writeFileAtomic(this.deps.fs, this.deps.dir, 'changes.jsonl', new TextEncoder().encode(next), {
        mode: 0o600,
      });
    });
  }
}

const damagedLog = () =>
  new HostFailure('internal', 'authorityLogCorrupt', { file: 'authority/changes.jsonl' });
