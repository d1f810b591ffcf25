import type { FileSystem } from '../services/fs/file-system.ts';
import { createNodeFileSystem } from '../services/fs/node-file-system.ts';

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
