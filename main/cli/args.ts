import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from './errors';

const pathArg = z.string().min(1).max(4096);

/** Parses `args` strictly with node:util, then checks the result with a zod schema; both fail as usage errors. */
export function parseCommand<T extends z.ZodType>(
  args: string[],
  options: Record<string, { type: 'string' }>,
  schema: T,
): z.infer<T> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const result = schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path[0] === 'positionals' ? 'BUNDLE' : `--${issue?.path.join('.') ?? ''}`;
    const missing = issue?.code === 'invalid_type' && issue.input === undefined;
    throw new UsageError(missing ? `thiếu ${where}` : `${where} không hợp lệ (${issue?.message ?? ''})`);
  }
  return result.data;
}

export const oneBundle = z.tuple([pathArg], { error: 'cần đúng một tệp gói' });
export const requiredPath = pathArg;
