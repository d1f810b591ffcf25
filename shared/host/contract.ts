import type { z } from 'zod';
import type { Result } from './result';

/** One call of the host: a zod schema for what goes in and one for what comes back. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Largest serialized input the web host accepts for this call; the default suits ordinary calls. */
  maxInputBytes?: number;
}

export type AreaSpec = Record<string, CallSpec>;
export type ContractSpec = Record<string, AreaSpec>;

type Method<S extends CallSpec> = [z.input<S['input']>] extends [undefined]
  ? () => Promise<Result<z.output<S['output']>>>
  : (input: z.input<S['input']>) => Promise<Result<z.output<S['output']>>>;

/** The API a contract gives the renderer: `host.area.verb(input)`, one method per call, no generic send. */
export type ApiOf<C extends ContractSpec> = {
  readonly [A in keyof C]: { readonly [V in keyof C[A]]: Method<C[A][V]> };
};

/** What main implements for a contract: plain async functions over parsed input. */
export type HandlersOf<C extends ContractSpec> = {
  readonly [A in keyof C]: {
    readonly [V in keyof C[A]]: (input: z.output<C[A][V]['input']>) => Promise<z.input<C[A][V]['output']>>;
  };
};

export const channelOf = (area: string, verb: string): string => `${area}:${verb}`;

/** Every channel of a contract, `area:verb`, e.g. for registering IPC handlers. */
export function channelsOf(contract: ContractSpec): { area: string; verb: string; channel: string }[] {
  return Object.entries(contract).flatMap(([area, calls]) =>
    Object.keys(calls).map((verb) => ({ area, verb, channel: channelOf(area, verb) })),
  );
}

/** The input size limit a contract sets for `area:verb`, if any. */
export function maxInputBytesOf(contract: ContractSpec, channel: string): number | undefined {
  const [area = '', verb = ''] = channel.split(':');
  return Object.hasOwn(contract, area) && Object.hasOwn(contract[area] ?? {}, verb)
    ? contract[area]?.[verb]?.maxInputBytes
    : undefined;
}
