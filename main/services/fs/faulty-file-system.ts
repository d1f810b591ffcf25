import { errnoError, type FileSystem, type OpenFile } from './file-system';

export type FsOp = keyof FileSystem;

export interface Fault {
  op: FsOp;
  /** Errno to throw: ENOSPC, EIO, EROFS, ENODEV… */
  code: string;
  /** Which call of `op` fails, counting from 1 (default 1). */
  nth?: number;
  /** For `write`: how many bytes reach the disk before the failure (a write that stops half-way). */
  writtenBefore?: number;
  /** The stick is pulled out: from this fault on, every operation fails with ENODEV until reinsert(). */
  pulledOut?: boolean;
}

/**
 * Wraps a real file system and fails chosen calls, for tests of what a full, read-only or yanked
 * USB stick does to a write. `flipOnRead` makes readFile return one altered byte (a lying stick).
 */
export class FaultyFileSystem implements FileSystem {
  private readonly counts = new Map<FsOp, number>();
  private removed = false;
  readonly log: string[] = [];

  constructor(
    private readonly inner: FileSystem,
    private readonly faults: Fault[],
    private readonly flipOnRead = false,
  ) {}

  reinsert(): void {
    this.removed = false;
  }

  private check(op: FsOp, path: string): Fault | undefined {
    this.log.push(`${op} ${path}`);
    if (this.removed) throw errnoError('ENODEV', op, path);
    const n = (this.counts.get(op) ?? 0) + 1;
    this.counts.set(op, n);
    const fault = this.faults.find((f) => f.op === op && (f.nth ?? 1) === n);
    if (fault && fault.writtenBefore === undefined) this.fail(fault, path);
    return fault;
  }

  private fail(fault: Fault, path: string): never {
    if (fault.pulledOut) this.removed = true;
    throw errnoError(fault.code, fault.op, path);
  }

  async create(path: string, mode: number) {
    this.check('create', path);
    return this.inner.create(path, mode);
  }
  async write(file: OpenFile, bytes: Uint8Array) {
    const fault = this.check('write', file.path);
    if (fault) {
      await this.inner.write(file, bytes.subarray(0, fault.writtenBefore));
      this.fail(fault, file.path);
    }
    await this.inner.write(file, bytes);
  }
  async fsync(file: OpenFile) {
    this.check('fsync', file.path);
    await this.inner.fsync(file);
  }
  async close(file: OpenFile) {
    // The handle is released even when the "device" is gone, as the kernel does.
    try {
      this.check('close', file.path);
    } finally {
      await this.inner.close(file);
    }
  }
  async rename(from: string, to: string) {
    this.check('rename', to);
    await this.inner.rename(from, to);
  }
  async fsyncDir(dir: string) {
    this.check('fsyncDir', dir);
    await this.inner.fsyncDir(dir);
  }
  async readFile(path: string) {
    this.check('readFile', path);
    const bytes = await this.inner.readFile(path);
    if (this.flipOnRead && bytes.length > 0) bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    return bytes;
  }
  async readAt(path: string, position: number, length: number) {
    this.check('readAt', path);
    const bytes = await this.inner.readAt(path, position, length);
    if (this.flipOnRead && bytes.length > 0) bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    return bytes;
  }
  async unlink(path: string) {
    this.check('unlink', path);
    await this.inner.unlink(path);
  }
  async stat(path: string) {
    this.check('stat', path);
    return this.inner.stat(path);
  }
  async readdir(path: string) {
    this.check('readdir', path);
    return this.inner.readdir(path);
  }
  async statfs(path: string) {
    this.check('statfs', path);
    return this.inner.statfs(path);
  }
  async mkdir(path: string, mode: number) {
    this.check('mkdir', path);
    await this.inner.mkdir(path, mode);
  }
  async chmod(path: string, mode: number) {
    this.check('chmod', path);
    await this.inner.chmod(path, mode);
  }
}
