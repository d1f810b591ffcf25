import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import { Alert, Button, CircularProgress, Grid, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { BUCKET_KINDS } from '../../../shared/aggregates/buckets';
import { computeFigures, indicatorsAt } from '../../../shared/indicators/figures';
import { periodDays, periodMonths } from '../../../shared/indicators/periods';
import { timelinessFrom } from '../../../shared/indicators/timeliness';
import { type PlanRecord, todayIso, unitValidOn } from '../../../shared/model';
import { useSession, useStore } from '../../db';
import { CaseBreakdowns } from './CaseBreakdowns';
import { DashboardFilters } from './DashboardFilters';
import { casesLink } from './drill-down';
import { IndicatorCard } from './IndicatorCard';
import type { PlanData } from './load-plan-data';
import { NextPlanDialog } from './NextPlanDialog';
import { NoPlanBanner } from './NoPlanBanner';
import { PlanDialog } from './PlanDialog';
import { planCovers, readSelection, type Selection, selectionQuery } from './selection';
import { TimelinessCard, type TimelinessRow } from './TimelinessCard';
import { TrendChart } from './TrendChart';
import { UnitTable } from './UnitTable';
import { usePlanData } from './use-plan-data';

/** The plan at a glance for the office's unit: indicators against targets, trend, breakdowns. */
export function Dashboard() {
  const { t } = useTranslation();
  const store = useStore();
  const officeUnit = store.office?.unitCode ?? null;
  const [params, setParams] = useSearchParams();
  const unitAsked = params.get('unit') ?? officeUnit;
  const state = usePlanData(unitAsked, true);
  if (state.state === 'loading')
    return (
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <CircularProgress size={20} />
        <Typography>{t('dashboard.loading')}</Typography>
      </Stack>
    );
  if (state.state === 'error') {
    const key =
      state.code === 'forbidden'
        ? 'forbidden'
        : state.code === 'locked'
          ? 'locked'
          : state.code === 'notSetUp'
            ? 'noOffice'
            : null;
    return (
      <Alert severity="info">
        {key === null ? t(`store.error.${state.code as 'invalid'}`) : t(`dashboard.${key}`)}
      </Alert>
    );
  }
  const selection = readSelection(params, state.data.plans, officeUnit ?? '', new Date(), {
    openOnToday: true,
  });
  if (selection === null) return <Alert severity="info">{t('dashboard.noPlan')}</Alert>;
  const plan = state.data.plans.find((p) => p.id === selection.planId);
  if (plan === undefined) return null;
  return (
    <DashboardBody
      data={state.data}
      plan={plan}
      selection={selection}
      officeUnit={officeUnit ?? selection.unitCode}
      onChange={(next) => setParams(new URLSearchParams(selectionQuery(next)), { replace: true })}
    />
  );
}

type BodyProps = {
  data: PlanData;
  plan: PlanRecord;
  selection: Selection;
  officeUnit: string;
  onChange: (next: Selection) => void;
};

function DashboardBody({ data, plan, selection, officeUnit, onChange }: BodyProps) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [copying, setCopying] = useState(false);
  const covered = data.plans.some((p) => planCovers(p, selection.period.year));
  const canSeeCases = session?.can('case.read') ?? false;
  const unitName = (code: string) => data.units.find((u) => u.code === code)?.name ?? code;
  const { unitCode, period } = selection;
  const base = { plan, populations: data.populations, units: data.units };
  const figures = computeFigures({ ...base, rows: data.rows.get(unitCode) ?? [], unitCode, period });
  const { from, to } = periodMonths(period);
  // The sub-units that existed at the period's end: a former district and today's wards, which cover
  // the same ground, never share the table (each counts its predecessors through the crosswalk).
  const lastDay = periodDays(period).to;
  const subUnits = data.subUnits.filter((code) => {
    const unit = data.units.find((u) => u.code === code);
    return unit === undefined || unitValidOn(unit, lastDay);
  });
  const unitRows = subUnits.map((code) => {
    const rows = data.rows.get(code) ?? [];
    const cases = rows
      .filter((r) => r.kind === BUCKET_KINDS.cases && r.period >= from && r.period <= to)
      .reduce((sum, r) => sum + (r.counts.total ?? 0), 0);
    return {
      code,
      name: unitName(code),
      cases,
      results: indicatorsAt({ ...base, rows, unitCode: code }, period),
    };
  });
  const today = todayIso();
  const timelinessOf = (code: string): TimelinessRow => ({
    code,
    name: unitName(code),
    timeliness: timelinessFrom(data.rows.get(code) ?? [], period, today),
    casesLink: canSeeCases ? casesLink(code, period) : null,
    overdueLink: canSeeCases ? `${casesLink(code, period)}&overdue=1` : null,
  });
  const visibleUnits = data.units.filter(
    (u) =>
      u.code === officeUnit ||
      data.subUnits.includes(u.code) ||
      u.code === unitCode ||
      u.parentCode === officeUnit,
  );
  const codes = plan.indicators.map((i) => i.code);
  const shareCodes = plan.indicators.filter((i) => i.unit === 'percent').map((i) => i.code);
  const isCaseShare = (kind: string) => kind === 'casesSoughtHelpShare' || kind === 'casesNeedsMetShare';
  return (
    <Stack spacing={3}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}
      >
        <DashboardFilters selection={selection} plans={data.plans} units={visibleUnits} onChange={onChange} />
        <Stack
          direction="row"
          spacing={1}
          sx={{ flexShrink: 0, '& .MuiButton-root': { whiteSpace: 'nowrap' } }}
        >
          <Button startIcon={<EditNoteOutlined />} onClick={() => setEditing(true)}>
            {t('dashboard.actions.editPlan')}
          </Button>
          <Button
            variant="contained"
            startIcon={<AssessmentOutlined />}
            component={RouterLink}
            to={`/reports?${selectionQuery(selection)}`}
          >
            {t('dashboard.actions.report')}
          </Button>
        </Stack>
      </Stack>
      {!covered && (
        <NoPlanBanner
          year={selection.period.year}
          plan={plan}
          canCopy={session?.can('settings.manage') ?? false}
          onCopy={() => setCopying(true)}
        />
      )}
      <Typography variant="h5" component="h2">
        {`${t('dashboard.indicators')} · ${unitName(unitCode)} · ${
          period.part === 'year' ? period.year : `${t('dashboard.filters.partFirstHalf')} ${period.year}`
        }`}
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="exact-note">
        {t('dashboard.exactNote', { threshold: store.settings.smallCellThreshold })}
      </Typography>
      <Grid container spacing={2}>
        {plan.indicators.map((indicator, i) => {
          const result = figures.results[i];
          if (result === undefined) return null;
          return (
            <Grid key={indicator.code} size={{ xs: 12, sm: 6, lg: 4, xl: 12 / 5 }}>
              <IndicatorCard
                indicator={indicator}
                result={result}
                year={period.year}
                drillTo={
                  canSeeCases && isCaseShare(indicator.computation.kind) ? casesLink(unitCode, period) : null
                }
              />
            </Grid>
          );
        })}
      </Grid>
      <TrendChart trend={figures.trend} codes={shareCodes} />
      <CaseBreakdowns
        cases={figures.cases}
        linkForType={canSeeCases ? (type) => casesLink(unitCode, period, type) : undefined}
      />
      <UnitTable rows={unitRows} codes={codes} />
      <TimelinessCard unit={timelinessOf(unitCode)} rows={subUnits.map(timelinessOf)} today={today} />
      {copying && (
        <NextPlanDialog
          plan={plan}
          plans={data.plans}
          units={data.units}
          onClose={() => setCopying(false)}
          onCreated={(id) => {
            setCopying(false);
            onChange({ ...selection, planId: id });
          }}
        />
      )}
      {editing && (
        <PlanDialog
          plan={plan}
          plans={data.plans}
          open={editing}
          onClose={() => setEditing(false)}
          onCopied={(id) => onChange({ ...selection, planId: id })}
        />
      )}
    </Stack>
  );
}
