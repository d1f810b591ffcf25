import type { z } from 'zod';
import type { ContractSpec, HandlersOf } from './contract';
import { fail, HostFailure, type Result } from './result';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** Vietnamese summary of a zod failure, naming the first offending field; no input values are echoed. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (trường ${first.path.join('.')})` : '';
  return `Dữ liệu gửi lên không hợp lệ${where}: ${first?.message ?? 'không rõ lỗi'}`;
}

/**
 * Main's door: finds the call, validates its input with zod before any work, runs the handler and turns
 * every outcome into a value. Shared by the IPC and web transports so they cannot drift apart.
 */
export function createDispatcher<C extends ContractSpec>(
  contract: C,
  handlers: HandlersOf<C>,
  onInternalError: (channel: string, error: unknown) => void = () => {},
): Dispatch {
  const table = new Map<string, { spec: C[keyof C][string]; run: (input: unknown) => Promise<unknown> }>();
  for (const [area, calls] of Object.entries(contract)) {
    const areaHandlers = (handlers as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[
      area
    ];
    for (const [verb, spec] of Object.entries(calls)) {
      const run = areaHandlers?.[verb];
      if (!run) throw new Error(`No handler for ${area}:${verb}`);
      table.set(`${area}:${verb}`, { spec: spec as C[keyof C][string], run });
    }
  }
  return async (channel, input) => {
    const entry = table.get(channel);
    if (!entry) return fail('not_found', `Không có chức năng ${channel.slice(0, 64)}`);
    const parsed = entry.spec.input.safeParse(input);
    if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
    try {
      return { ok: true, value: await entry.run(parsed.data) };
    } catch (error) {
      if (error instanceof HostFailure) return fail(error.code, error.message);
      onInternalError(channel, error);
      return fail('internal', 'Đã xảy ra lỗi bên trong ứng dụng; dữ liệu không bị thay đổi.');
    }
  };
}
