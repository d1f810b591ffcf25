import { constants } from 'node:fs';
import {
  chmod,
  type FileHandle,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  stat,
  statfs,
  unlink,
} from 'node:fs/promises';
import type { FileSystem, OpenFile } from './file-system';

/** The real file system, through node:fs/promises. */
export function createNodeFileSystem(platform: NodeJS.Platform = process.platform): FileSystem {
  const handles = new WeakMap<OpenFile, FileHandle>();
  const handleOf = (file: OpenFile): FileHandle => {
    const h = handles.get(file);
    if (!h) throw new Error(`file not open: ${file.path}`);
    return h;
  };
  return {
    async create(path, mode) {
      const h = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
      const file: OpenFile = { path };
      handles.set(file, h);
      return file;
    },
    async write(file, bytes) {
      const h = handleOf(file);
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await h.write(bytes, done, bytes.length - done);
        done += bytesWritten;
      }
    },
    fsync: (file) => handleOf(file).sync(),
    async close(file) {
      const h = handles.get(file);
      handles.delete(file);
      await h?.close();
    },
    rename,
    async fsyncDir(dir) {
      // Windows cannot open a folder for syncing; NTFS and exFAT there commit renames on their own.
      if (platform === 'win32') return;
      const h = await open(dir, constants.O_RDONLY);
      try {
        await h.sync();
      } finally {
        await h.close();
      }
    },
    async readFile(path) {
      const b = await readFile(path);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
    async readAt(path, position, length) {
      const h = await open(path, constants.O_RDONLY);
      try {
        const out = new Uint8Array(length);
        let done = 0;
        while (done < length) {
          const { bytesRead } = await h.read(out, done, length - done, position + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return out.subarray(0, done);
      } finally {
        await h.close();
      }
    },
    unlink,
    async stat(path) {
      const s = await stat(path);
      return { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory(), mode: s.mode, dev: s.dev };
    },
    readdir: (path) => readdir(path),
    async statfs(path) {
      const s = await statfs(path);
      return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    },
    async mkdir(path, mode) {
      await mkdir(path, { recursive: true, mode });
    },
    chmod,
  };
}
