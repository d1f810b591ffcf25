import type { AccessCopy } from '../../../db';
import { textFromIso, timeAndDay } from '../../../ui/dates';

type Message = (key: string, values?: Record<string, unknown>) => string;

/** One table of the copy: a title, its column headings and its rows, as the PDF and the .xlsx both show it. */
export type CopyRow = { id: string; cells: string[] };
export type CopyTable = { key: string; title: string; columns: string[]; rows: CopyRow[] };
export type CopyDoc = {
  office: string;
  heading: string;
  subject: string;
  basis: string;
  madeAt: string;
  tables: CopyTable[];
};

const at = (iso: string) => {
  const { time, day } = timeAndDay(iso);
  return `${time} ${day}`;
};

/**
 * What the office holds about one survivor, laid out once for both the printed copy and the .xlsx, so
 * the two never differ: identity, the case's categorical record, services, follow-ups (with their
 * notes), every audit entry about the case (who viewed or changed it, when) and the rights requests.
 */
export function copyDoc(copy: AccessCopy, message: Message, unitName: (code: string) => string): CopyDoc {
  const t = (key: string, values?: Record<string, unknown>) => message(`rights.copy.${key}`, values);
  const e = (list: string, value: string) => message(`store.enum.${list}.${value}`);
  const none = t('none');
  const v = copy.caseView;
  const id = copy.identity;
  const pairs = (key: string, rows: [string, string | undefined][]): CopyTable => ({
    key,
    title: t(`sections.${key}`),
    columns: [t('col.field'), t('col.value')],
    rows: rows.map(([label, value]) => ({
      id: label,
      cells: [t(`field.${label}`), value === undefined || value === '' ? none : value],
    })),
  });
  const consents = (['services', 'referral', 'deidentifiedReporting'] as const)
    .map((k) => `${message(`rights.consent.${k}`)}: ${e('yesNo', v.consent[k] ? 'yes' : 'no')}`)
    .join('; ');
  const notes = id.followUpNotes ?? {};
  return {
    office: copy.office?.name ?? '',
    heading: t('heading'),
    subject: t('subject', { code: v.caseCode }),
    basis: t('basis'),
    madeAt: t('madeAt', timeAndDay(copy.madeAt)),
    tables: [
      pairs('identity', [
        ['fullName', id.fullName],
        ['phone', id.phone],
        ['address', id.address],
        ['idNumbers', id.idNumbers.join(', ')],
        ['birthYear', id.birthYear === undefined ? undefined : String(id.birthYear)],
        ['narrative', id.narrative],
      ]),
      pairs('case', [
        ['caseCode', v.caseCode],
        ['reportDate', textFromIso(v.reportDate)],
        ['incidentDate', textFromIso(v.incidentDate)],
        ['incidentUnit', unitName(v.incidentUnit)],
        ['gbvType', e('gbvType', v.gbvType)],
        ['context', e('context', v.context)],
        ['sex', e('sex', v.survivor.sex)],
        ['age', String(v.survivor.age)],
        ['disability', e('yesNo', v.survivor.disability)],
        ['ethnicity', v.survivor.ethnicity],
        ['relationship', e('relationship', v.perpetrator.relationship)],
        ['referralSource', e('referralSource', v.referralSource)],
        ['needs', v.needs.map((n) => e('need', n)).join(', ')],
        ['consent', consents],
        ['status', e('status', v.status)],
      ]),
      {
        key: 'services',
        title: t('sections.services'),
        columns: [t('col.date'), t('col.need'), t('col.provider'), t('col.outcome')],
        rows: v.services.map((s) => ({
          id: s.id,
          cells: [textFromIso(s.date), e('need', s.need), s.provider, e('serviceOutcome', s.outcome)],
        })),
      },
      {
        key: 'followUps',
        title: t('sections.followUps'),
        columns: [t('col.date'), t('col.method'), t('col.safety'), t('col.note')],
        rows: v.followUps.map((f) => ({
          id: f.id,
          cells: [
            textFromIso(f.date),
            f.method === undefined ? '' : e('followUpMethod', f.method),
            f.safetyOutcome === undefined ? '' : e('safetyOutcome', f.safetyOutcome),
            notes[f.id] ?? '',
          ],
        })),
      },
      {
        key: 'audit',
        title: t('sections.audit'),
        columns: [t('col.at'), t('col.user'), t('col.action'), t('col.detail')],
        rows: copy.audit.map((a) => ({
          id: String(a.seq),
          // Codes only in the detail (field names, a right, ids): the audit log holds no identifying value.
          cells: [at(a.at), a.username ?? '', message(`admin.audit.actions.${a.action}`), a.detail ?? ''],
        })),
      },
      {
        key: 'requests',
        title: t('sections.requests'),
        columns: [t('col.at'), t('col.right'), t('col.user'), t('col.approvedBy')],
        rows: copy.requests.map((r) => ({
          id: r.id,
          cells: [at(r.at), message(`rights.right.${r.right}`), r.requestedBy.username, r.approval.username],
        })),
      },
    ],
  };
}
