import type { Transaction } from 'dexie';

/**
 * Every schema version the app has ever shipped, oldest first, each with a named upgrade. Never
 * edit a shipped version: add the next one. Primary keys never change between versions (IndexedDB
 * cannot change them in place). Indexes hold codes, dates, ids and HMAC tokens — never identifying
 * plaintext.
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

const V1_STORES: Record<string, string> = {
  kv: 'key',
  users: 'id, &username',
  units: 'code, parentCode, changeSeq',
  cases: 'id, &caseCode, changeSeq, incidentUnit, reportDate, status, dupNamePhone, dupNameYearCommune',
  people: 'id, changeSeq, unitCode, nameFolded, category',
  trainingEvents: 'id, changeSeq, unitCode, startDate',
  attendances: 'id, changeSeq, eventId, personId, [eventId+personId]',
  personYears: 'ownerId',
  schools: 'id, changeSeq, unitCode',
  schoolActivities: 'id, changeSeq, schoolId, schoolYear',
  schoolYears: 'ownerId',
  outreach: 'id, changeSeq, unitCode, date',
  populations: 'id, changeSeq, [unitCode+year+category]',
  plans: 'id, changeSeq, code',
  exchangeLog: 'id, changeSeq, [direction+peerUnit+sequence]',
  aggregates: 'key, [kind+unit+period]',
  audit: 'seq, at, action, userId, recordId',
};

/**
 * v2: cases gain `month` (yyyy-MM of the report date) with an [incidentUnit+month] index for the
 * case list's unit and period filters; drafts get their own table.
 */
export async function backfillCaseMonth(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((record: { reportDate?: unknown; month?: unknown }) => {
      if (typeof record.reportDate === 'string') record.month = record.reportDate.slice(0, 7);
    });
}

/*
 * v3 (below): the province's consolidated office data (exchange). `inbound` holds the de-identified rows each
 * office sent, keyed by the sending unit, the record type and the row's id; `officeAggregates` the
 * last counter snapshot of each office (kept so the next snapshot can be applied as a difference).
 * New tables only, so there is nothing to convert and no upgrade function.
 */

const V2_STORES: Record<string, string> = {
  ...V1_STORES,
  cases: `${V1_STORES.cases}, [incidentUnit+month]`,
  drafts: 'id, userId, updatedAt',
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: backfillCaseMonth },
  {
    version: 3,
    stores: {
      ...V2_STORES,
      inbound: '[origin+type+id], [origin+type], origin',
      officeAggregates: 'key, origin',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS.length;
