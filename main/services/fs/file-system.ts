/**
 * The small file-system interface every file access in main/services goes through, so that tests can
 * inject ENOSPC, EIO, EROFS and a stick pulled out half-way (as SQLite tests its VFS).
 */
export interface OpenFile {
  readonly path: string;
}

export interface FileStat {
  size: number;
  isFile: boolean;
  isDirectory: boolean;
  mode: number;
  /** Device id: tells the boot volume from a removable one on macOS. */
  dev: number;
}

export interface SpaceInfo {
  freeBytes: number;
  totalBytes: number;
}

export interface FileSystem {
  /** Creates a new file, failing if the name exists (O_CREAT | O_EXCL). */
  create(path: string, mode: number): Promise<OpenFile>;
  /** Writes all of `bytes` at the current end of the file. */
  write(file: OpenFile, bytes: Uint8Array): Promise<void>;
  fsync(file: OpenFile): Promise<void>;
  close(file: OpenFile): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Makes a rename durable; a no-op where the OS cannot sync directories (Windows). */
  fsyncDir(dir: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  /** Up to `length` bytes from `position` (fewer at the end): large files are read in parts, never whole. */
  readAt(path: string, position: number, length: number): Promise<Uint8Array>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<string[]>;
  statfs(path: string): Promise<SpaceInfo>;
  /** Recursive; `mode` applies to folders it creates. */
  mkdir(path: string, mode: number): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
}

/** An error shaped like Node's, with an errno code. */
export function errnoError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${op} '${path}'`), { code, syscall: op, path });
}

export const errnoCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
