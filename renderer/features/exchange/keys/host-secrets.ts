import {
  exchangeSecret,
  hostWrappingKeyFrom,
  PSEUDONYM_LABEL,
} from '../../../../shared/exchange/host-wrapping-key';
import type { Session } from '../../../db';

/** The 32 bytes that wrap main's secret files (keys.create / keys.unlock), as base64: shared/exchange/host-wrapping-key.ts. */
export const hostWrappingKey = (session: Session): Promise<string> =>
  hostWrappingKeyFrom(session.keys().office);

/** The key of the pseudonyms that replace ids in what leaves the office (same derivation, its own label). */
export const pseudonymKey = (session: Session): Promise<Uint8Array> =>
  exchangeSecret(session.keys().office, PSEUDONYM_LABEL);
