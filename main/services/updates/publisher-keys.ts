import { type MinisignPublicKey, parsePublicKey } from '../../../shared/bundle/minisign';

/**
 * The publisher's two minisign public keys, built into every app: `daily` signs each release; `rotation`
 * is kept offline and signs the release that ships a new daily key if the daily one is lost or leaks
 * (README: "Phát hành / Releases"). A release signed by any other key is refused.
 */
export interface PublisherKey {
  role: 'daily' | 'rotation' | 'test';
  key: MinisignPublicKey;
}

export const PUBLISHER_KEYS: readonly PublisherKey[] = [
  // minisign public key E109813A96E7AF3C
  { role: 'daily', key: parsePublicKey('RWQ8r+eWOoEJ4f6m3cK6A7Gg/TTf4BQ/y9TbykUbsNHcDwR0twVq4HUH') },
  // minisign public key 5869745CA74BFF6C
  { role: 'rotation', key: parsePublicKey('RWRs/0unXHRpWNGlgaLkgahT3AQQMXfn8eipXnouVHh1xW0BQ1icRN0d') },
];

/**
 * `BINHAN_UPDATE_TEST_KEY` (a minisign public key line) adds a third key, for the end-to-end tests'
 * own releases. Honoured only where `allowed` (the web host and unpackaged Electron builds): a packaged
 * app trusts the two keys above and nothing else.
 */
export function publisherKeysFor(env: NodeJS.ProcessEnv, allowed: boolean): readonly PublisherKey[] {
  const line = env.BINHAN_UPDATE_TEST_KEY;
  if (!allowed || line === undefined || line === '') return PUBLISHER_KEYS;
  return [...PUBLISHER_KEYS, { role: 'test', key: parsePublicKey(line) }];
}
