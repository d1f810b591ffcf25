import { REJECTION_MESSAGES, RejectedError } from '../../shared/bundle/rejection';
import { ReleaseRefused } from '../../shared/update/release-refusal';
import { AtomicWriteError } from '../services/fs/write-errors';
import { demo } from './commands/demo';
import { inspect } from './commands/inspect';
import { keygen } from './commands/keygen';
import { open } from './commands/open';
import { release } from './commands/release';
import { verify } from './commands/verify';
import { CliFailure, oneLine, UsageError } from './errors';
import type { CliIo } from './io';
import { RELEASE_REFUSAL_TEXT } from './release-refusal-text';

export const USAGE = `Cách dùng (usage):
  binhan keygen --out DIR
  binhan inspect BUNDLE
  binhan verify BUNDLE --sender signing.pub [--recipient UNIT]
  binhan open BUNDLE --sender signing.pub --identity age.key --out DIR
  binhan demo --out DIR [--cases N]
  binhan release sign FOLDER --key publisher.key --schema N
  binhan release verify FOLDER [--pub publisher.pub]
  binhan release folder BUILD_DIR --out DIR [--pub publisher.pub]
Mã thoát: 0 thành công, 1 bị từ chối hoặc không hợp lệ, 2 sai cú pháp lệnh.
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<void>> = {
  keygen,
  inspect,
  verify,
  open,
  demo,
  release,
};

/** Runs one command and returns the exit code; every failure is one line on stderr, never a stack. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  const run = command === undefined ? undefined : COMMANDS[command];
  try {
    if (!run || !Object.hasOwn(COMMANDS, command ?? ''))
      throw new UsageError(command === undefined ? 'thiếu lệnh' : `không có lệnh "${command}"`);
    await run(args, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`binhan: sai cú pháp: ${oneLine(e.message)} (xem: binhan help)\n`);
      return 2;
    }
    io.err(`binhan: ${oneLine(describeFailure(e))}\n`);
    return 1;
  }
}

function describeFailure(e: unknown): string {
  if (e instanceof RejectedError) {
    const r = e.toRejection();
    return `TỪ CHỐI [${r.code}]: ${REJECTION_MESSAGES[r.code]} (${r.detail})`;
  }
  if (e instanceof ReleaseRefused) {
    return `TỪ CHỐI [${e.reason}]: ${RELEASE_REFUSAL_TEXT[e.reason]}${e.detail === '' ? '' : ` (${e.detail})`}`;
  }
  if (e instanceof AtomicWriteError) return `${e.message} (${e.path})`;
  if (e instanceof CliFailure) return e.message;
  return `lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`;
}
