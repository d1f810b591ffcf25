import {
  ageRecipientOf,
  formatSecretKey,
  parseAgeIdentity,
  parseSecretKey,
} from '../../../shared/bundle/index';
import type { OfficeKeys } from './office-keys';
import type { SecretStore } from './secret-store';

const SIGNING = 'signing-key';
const AGE = 'age-identity';

/** Keeps an office's private keys in a SecretStore, in their standard text forms. */
export async function saveOfficeKeys(store: SecretStore, keys: OfficeKeys): Promise<void> {
  await store.set(SIGNING, new TextEncoder().encode(formatSecretKey(keys.signing)));
  await store.set(AGE, new TextEncoder().encode(keys.age.identity));
}

export async function loadOfficeKeys(store: SecretStore): Promise<OfficeKeys | null> {
  const [signing, age] = await Promise.all([store.get(SIGNING), store.get(AGE)]);
  if (!signing || !age) return null;
  const identity = parseAgeIdentity(new TextDecoder().decode(age));
  return {
    signing: parseSecretKey(new TextDecoder().decode(signing)),
    age: { identity, recipient: await ageRecipientOf(identity) },
  };
}
