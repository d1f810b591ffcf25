import { z } from 'zod';
import { type ApiOf, type ContractSpec, channelOf } from './contract';
import { fail, HOST_ERROR_CODES, HOST_REASONS, type Result } from './result';

/** Carries one call to main and returns what came back, unparsed. */
export type Transmit = (channel: string, input: unknown) => Promise<unknown>;

const resultEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(HOST_ERROR_CODES),
      reason: z.enum(HOST_REASONS).optional(),
      details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      message: z.string(),
    }),
  }),
]);

/**
 * Builds the renderer's API object for a contract: one fixed method per call, so nothing outside the
 * contract can be sent. What comes back is checked against the call's output schema, because the
 * renderer trusts main's answers no more than main trusts the renderer's questions.
 */
export function bindHostApi<C extends ContractSpec>(contract: C, transmit: Transmit): ApiOf<C> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const [area, calls] of Object.entries(contract)) {
    const methods: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {};
    for (const [verb, spec] of Object.entries(calls)) {
      const channel = channelOf(area, verb);
      methods[verb] = async (input?: unknown) => {
        let raw: unknown;
        try {
          raw = await transmit(channel, input);
        } catch (error) {
          return fail('unavailable', 'noAnswer', {
            cause: (error instanceof Error ? error.message : String(error)).slice(0, 200),
          });
        }
        const envelope = resultEnvelope.safeParse(raw);
        if (!envelope.success) return fail('internal', 'badResponse', { channel });
        if (!envelope.data.ok) return envelope.data;
        const value = spec.output.safeParse(envelope.data.value);
        if (!value.success) return fail('internal', 'badResponse', { channel });
        return { ok: true, value: value.data };
      };
    }
    api[area] = Object.freeze(methods);
  }
  return Object.freeze(api) as unknown as ApiOf<C>;
}
