import type { z } from 'zod';
import type { ContractSpec, HandlersOf } from './contract';
import { fail, HostFailure, type Result } from './result';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** The first offending field of a zod failure, as details for `invalidFields`; no input values are echoed. */
export function describeIssues(error: z.ZodError): { field: string; problem: string } {
  const first = error.issues[0];
  return { field: first?.path.join('.') ?? '', problem: first?.code ?? 'invalid' };
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
    if (!entry) return fail('notFound', 'unknownCall', { channel: channel.slice(0, 64) });
    const parsed = entry.spec.input.safeParse(input);
    if (!parsed.success) return fail('invalidInput', 'invalidFields', describeIssues(parsed.error));
    try {
      return { ok: true, value: await entry.run(parsed.data) };
    } catch (error) {
      if (error instanceof HostFailure) return { ok: false, error: error.toHostError() };
      onInternalError(channel, error);
      return fail('internal', 'internalError');
    }
  };
}
