import type { SchemaStep } from './step';

/** v1: the first store (cases, programme records, units, plans, exchange log, counters, audit). */
export const v1: SchemaStep = {
  version: 1,
  stores: {
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
  },
};
