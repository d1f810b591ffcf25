import type { HostApi } from '../../shared/host-api';

export type HostArea = keyof HostApi;

type Channel = { [A in HostArea]: `${A}:${keyof HostApi[A] & string}` }[HostArea];

/**
 * What each call changes that a read can show: `[]` for reads (and steps with no visible effect), else
 * the areas whose reads a successful call may have changed. Every channel must be listed — the compiler
 * says so when a verb is added — because a read wrongly taken for a write would make its own query
 * read again forever, and a write taken for a read would leave a screen stale.
 */
const EFFECTS: Readonly<Record<Channel, readonly HostArea[]>> = {
  'app:info': [],
  'app:office': [],
  'app:bindOffice': ['app'],
  'app:openExternal': [],
  'audit:head': [],
  'audit:advance': ['audit'],
  'keys:status': [],
  'keys:create': ['keys'],
  'keys:unlock': ['keys'],
  'keys:lock': ['keys'],
  'keys:publicInfo': [],
  'trust:list': [],
  // Approving or importing a key changes what the sent and board pages can do with that unit.
  'trust:importKeys': ['trust', 'bundles'],
  'trust:approve': ['trust', 'bundles'],
  'trust:reject': ['trust', 'bundles'],
  'trust:exportPublic': [],
  'bundles:createData': ['bundles'],
  'bundles:createConfig': ['bundles'],
  'bundles:createEnrollment': ['bundles'],
  'bundles:createReceipt': ['bundles'],
  'bundles:listSent': [],
  'bundles:saveTo': ['bundles'],
  'bundles:download': ['bundles'],
  'bundles:open': [],
  // Committing starts or moves the sender's chain, which the board and the trust list show.
  'bundles:commit': ['bundles', 'trust'],
  'bundles:importReceipt': ['bundles'],
  'bundles:inbox': [],
  'bundles:peek': [],
  'bundles:history': [],
  'bundles:requests': [],
  'drives:list': [],
  'drives:pickFolder': [],
  'drives:browse': [],
  'drives:listBundles': [],
  'mail:getSettings': [],
  'mail:saveSettings': ['mail'],
  // A copy put in the outbox is listed among the sent bundle's copies.
  'mail:enqueue': ['mail', 'bundles'],
  'mail:outbox': [],
  'mail:retryNow': ['mail'],
  'mail:remove': ['mail'],
  'mail:sendTest': [],
  'mail:getInbox': [],
  'mail:saveInbox': ['mail'],
  // A check's progress is read by polling the inbox; announcing it would make the page read itself forever.
  'mail:checkNow': [],
  'mail:inbox': [],
  'mail:report': ['mail'],
  'backup:state': [],
  'backup:begin': [],
  // Parts of a backup in progress change nothing a read shows until it is finished.
  'backup:append': [],
  'backup:finish': ['backup'],
  'backup:abort': ['backup'],
  'backup:list': [],
  'backup:inspect': [],
  'backup:openRestore': [],
  'backup:readRestore': [],
  'backup:commitRestore': ['backup', 'app', 'keys', 'trust', 'bundles', 'mail'],
  'backup:closeRestore': [],
  'updates:status': [],
  'updates:scan': [],
  // Staging, checking, downloading and installing change what the update panel shows.
  'updates:stage': ['updates'],
  'updates:checkNetwork': ['updates'],
  'updates:download': ['updates'],
  'updates:install': ['updates'],
  'updates:passOn': ['updates'],
};

const listeners = new Set<(areas: ReadonlySet<HostArea>) => void>();

/** Called for every successful write with the areas whose reads it may have changed. */
export function onHostWrite(listener: (areas: ReadonlySet<HostArea>) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The areas whose reads a successful call on `channel` ('area:verb') may change; none for a read. */
export function changedBy(channel: string): readonly HostArea[] {
  return (EFFECTS as Readonly<Record<string, readonly HostArea[]>>)[channel] ?? [];
}

export function announceWrite(area: HostArea, verb: string): void {
  const effects = changedBy(`${area}:${verb}`);
  if (effects.length === 0) return;
  const areas = new Set<HostArea>(effects);
  for (const listener of listeners) listener(areas);
}

/**
 * The same API, but every successful write is announced, so `useHostQuery` reads again after the
 * writes that change what it shows, whoever made them: no page has to remember to refresh.
 */
export function announcingWrites(api: HostApi): HostApi {
  const wrapped: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [area, calls] of Object.entries(api) as [HostArea, Record<string, unknown>][]) {
    const methods: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const [verb, method] of Object.entries(calls)) {
      const run = method as (input?: unknown) => Promise<{ ok: boolean }>;
      methods[verb] = async (input?: unknown) => {
        const result = await run(input);
        if (result.ok) announceWrite(area, verb);
        return result;
      };
    }
    wrapped[area] = Object.freeze(methods);
  }
  return Object.freeze(wrapped) as unknown as HostApi;
}
