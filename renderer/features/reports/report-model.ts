import type { IndicatorResult } from '../../../shared/indicators/evaluate';
import { periodDays, type ReportPeriod } from '../../../shared/indicators/periods';
import { showResult } from '../../../shared/indicators/suppression';
import type { Indicator } from '../../../shared/model';
import { formatDate } from '../../../shared/text/dates';

/** One report, as text ready for the page, the printout and the .xlsx alike (so they never differ). */
export type ReportRow = {
  no: number;
  code: string;
  name: string;
  target: string;
  result: string;
  detail: string;
  ofTarget: string;
  notes: string;
};
export type ReportDoc = {
  office: string;
  officeShort: string;
  heading: string;
  subject: string;
  period: string;
  range: string;
  unit: string;
  rows: ReportRow[];
  placeDate: string;
  suppressionNote: string;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ReportInput = {
  officeName: string;
  planName: string;
  unitName: string;
  place: string;
  period: ReportPeriod;
  indicators: readonly Indicator[];
  results: readonly IndicatorResult[];
  threshold: number;
  today: Date;
  locale: string;
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0]?.toLocaleUpperCase('vi') ?? '')
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/Đ/g, 'D');

/** Rows with small-cell suppression applied: this document leaves the office. */
export function buildReport(input: ReportInput, t: Translate): ReportDoc {
  const { period } = input;
  const days = periodDays(period);
  const rows = input.results.map((result, i) => {
    const shown = showResult(result, {
      locale: input.locale,
      threshold: input.threshold,
      outbound: true,
      empty: '—',
    });
    // The status already says "no data" for a row without it: the note is not repeated.
    const notes: string[] = [];
    if (result.numeratorExceedsDenominator) notes.push(t('reports.notes.check'));
    if (shown.suppressed) notes.push(t('reports.notes.suppressed'));
    if (result.target !== null && result.target.year !== period.year)
      notes.push(t('reports.notes.targetYear', { year: result.target.year }));
    return {
      no: i + 1,
      code: result.code,
      name: input.indicators[i]?.name ?? result.name,
      target: shown.target,
      result: result.value === null ? t('reports.notes.noData') : shown.value,
      detail: result.unit === 'percent' ? `${shown.numerator} / ${shown.denominator}` : shown.numerator,
      ofTarget: shown.ofTarget,
      notes: [t(`dashboard.status.${result.status}`), ...notes].join('; '),
    };
  });
  return {
    office: input.officeName.toLocaleUpperCase('vi'),
    officeShort: initials(input.officeName),
    heading: t('reports.document.heading'),
    subject: t('reports.document.subject', { plan: input.planName }),
    period:
      period.part === 'year'
        ? t('reports.document.periodYear', { year: period.year })
        : t('reports.document.periodFirstHalf', { year: period.year }),
    range: t('reports.document.range', {
      from: formatDate(new Date(`${days.from}T00:00:00`)),
      to: formatDate(new Date(`${days.to}T00:00:00`)),
    }),
    unit: t('reports.document.unit', { unit: input.unitName }),
    rows,
    placeDate: t('reports.document.placeDate', {
      place: input.place,
      day: String(input.today.getDate()).padStart(2, '0'),
      month: String(input.today.getMonth() + 1).padStart(2, '0'),
      year: input.today.getFullYear(),
    }),
    suppressionNote: t('reports.suppressionNote', { threshold: input.threshold }),
  };
}
