import type { BrowserCommand } from 'vitest/node';

/**
 * A real main for browser tests: the renderer's steps (renderer/exchange/) run in Chromium against
 * IndexedDB, and their host calls cross to this Node process as JSON, into main's real handlers behind
 * the real dispatcher (test/unit/main/exchange/host-fixture.ts) over a temporary data folder per party.
 * Loaded lazily, so configuring Vitest does not load main.
 */
type Host = { call(channel: string, input: unknown): Promise<unknown>; remove(): void };
const hosts = new Map<string, Promise<Host>>();

async function open(party: string): Promise<Host> {
  const path = await import('node:path');
  const { makeHost, removeRoot, tempRoot } = await import('../../main/exchange/host-fixture');
  const root = tempRoot();
  const made = await makeHost(path.join(root, party));
  const bare = made.bare as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
  return {
    call: (channel, input) => {
      const [area = '', verb = ''] = channel.split(':');
      const method = bare[area]?.[verb];
      if (method === undefined) throw new Error(`no call ${channel}`);
      return method(input ?? undefined);
    },
    remove: () => removeRoot(root),
  };
}

export const hostCall: BrowserCommand<[party: string, channel: string, input: unknown]> = async (
  _context,
  party,
  channel,
  input,
) => {
  let host = hosts.get(party);
  if (host === undefined) {
    host = open(party);
    hosts.set(party, host);
  }
  return (await host).call(channel, input);
};

export const hostsRemove: BrowserCommand<[]> = async () => {
  for (const host of hosts.values()) (await host).remove();
  hosts.clear();
};
