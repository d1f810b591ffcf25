import type { FileSystem } from '../services/fs/file-system';
import { createNodeFileSystem } from '../services/fs/node-file-system';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  fs: FileSystem;
  now(): Date;
}

export const nodeCliIo = (): CliIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  fs: createNodeFileSystem(),
  now: () => new Date(),
});
