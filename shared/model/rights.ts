import { z } from 'zod';
import { canonicalJson } from '../crypto/canonical-json';
import { choice, pastDate } from './fields';
import { V } from './messages';

/**
 * Survivors' data rights under Vietnam's Law on Personal Data Protection (91/2025/QH15, in force
 * 1 January 2026). Art. 4 gives the data subject the rights to know, to consent and to withdraw
 * consent, to view and correct, and to ask for their data to be provided, erased or restricted;
 * Art. 9 makes consent revocable; Art. 14 has erased data destroyed so it cannot be recovered without
 * authorisation. An office answers each request for one case, with an administrator's approval.
 *
 *   access          — a readable copy of what the office holds (PDF and .xlsx)
 *   rectify         — correction through the case's edit form (every change is audited)
 *   restrict        — no further processing; the case is still counted
 *   unrestrict      — the restriction lifted
 *   erase           — identity, narrative, notes, drafts and blind indexes destroyed; the case leaves the counters
 *   withdrawConsent — the consents named are withdrawn from now on
 */
export const RIGHTS = ['access', 'rectify', 'restrict', 'unrestrict', 'erase', 'withdrawConsent'] as const;
export type Right = (typeof RIGHTS)[number];
export const CONSENT_KINDS = ['services', 'referral', 'deidentifiedReporting'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** What a case worker records: the right, the day the survivor asked, and for a withdrawal which consents. */
export const rightsRequestInputSchema = z
  .object({
    right: choice(RIGHTS),
    requestedOn: pastDate(),
    consents: z.array(choice(CONSENT_KINDS)).max(CONSENT_KINDS.length).optional(),
  })
  .refine((input) => input.right !== 'withdrawConsent' || (input.consents?.length ?? 0) > 0, {
    path: ['consents'],
    error: V.required,
  });
export type RightsRequestInput = z.input<typeof rightsRequestInputSchema>;

/** Who approved: an administrator, with an Ed25519 signature by the office's admin authority key. */
export type RightsApproval = {
  userId: string;
  username: string;
  at: string;
  /** 16 random bytes, base64. */
  nonce: string;
  /** Ed25519 over `rightsApprovalMessage`, base64. */
  signature: string;
};

/** One request as the office keeps it (schema v5, table `rightsRequests`): no identifying value. */
export type RightsRequestRecord = {
  id: string;
  caseId: string;
  /** Kept after an erasure, so the office can still answer "was case … erased, when, by whom". */
  caseCode: string;
  right: Right;
  requestedOn: string;
  /** When it was carried out. */
  at: string;
  requestedBy: { userId: string; username: string };
  approval: RightsApproval;
  outcome: 'done';
  /** Codes only: the consents withdrawn (`services,referral`), or null. */
  detail: string | null;
};

const CONTEXT = 'binhan/rights/v1';

/** The bytes the approving administrator's authority key signs: the request and who approves it when. */
export function rightsApprovalMessage(
  request: Pick<RightsRequestRecord, 'id' | 'caseId' | 'right' | 'requestedOn' | 'detail' | 'requestedBy'>,
  approval: Omit<RightsApproval, 'signature'>,
): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      ctx: CONTEXT,
      id: request.id,
      caseId: request.caseId,
      right: request.right,
      requestedOn: request.requestedOn,
      detail: request.detail,
      requestedBy: request.requestedBy.userId,
      approver: approval.userId,
      at: approval.at,
      nonce: approval.nonce,
    }),
  );
}
