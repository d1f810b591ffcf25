import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import { Alert, Button, CircularProgress, Grid, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { AggregateRow } from '../../../shared/aggregates/buckets';
import type { Timeliness } from '../../../shared/indicators/timeliness';
import { todayIso } from '../../../shared/model';
import { useSession, useStore } from '../../db';
import { CaseBreakdowns } from './CaseBreakdowns';
import { DashboardFilters } from './DashboardFilters';
import { dashboardView } from './dashboard-view';
import { casesLink } from './drill-down';
import { IndicatorCard } from './IndicatorCard';
import {
  type DashboardData,
  type DashboardLists,
  type DashboardScope,
  dashboardScope,
} from './load-dashboard-data';
import { NextPlanDialog } from './NextPlanDialog';
import { NoPlanBanner } from './NoPlanBanner';
import { PlanDialog } from './PlanDialog';
import { planCovers, type Selection, selectionQuery } from './selection';
import { TimelinessCard, type TimelinessRow } from './TimelinessCard';
import { TrendChart } from './TrendChart';
import { UnitTable } from './UnitTable';
import { type Loaded, useDashboardLists, useDashboardRows } from './use-dashboard-data';

/** The plan at a glance for the office's unit: indicators against targets, trend, breakdowns. */
export function Dashboard() {
  const { t } = useTranslation();
  const store = useStore();
  const officeUnit = store.office?.unitCode ?? null;
  const [params, setParams] = useSearchParams();
  const lists = useDashboardLists();
  const unitAsked = params.get('unit') ?? officeUnit;
  const scope =
    lists.state === 'ready' && unitAsked !== null
      ? dashboardScope(lists.data, params, officeUnit ?? '', new Date())
      : null;
  const rows = useDashboardRows(lists.state === 'ready' ? lists.data : null, scope);
  const failed = unitAsked === null ? 'notSetUp' : lists.state === 'error' ? lists.code : null;
  if (failed === null && lists.state === 'loading') return <Loading />;
  if (failed !== null) return <LoadError code={failed} />;
  if (lists.state !== 'ready') return null;
  if (scope === null) return <Alert severity="info">{t('dashboard.noPlan')}</Alert>;
  return (
    <DashboardBody
      lists={lists.data}
      scope={scope}
      rows={rows}
      officeUnit={officeUnit ?? scope.selection.unitCode}
      onChange={(next) => setParams(new URLSearchParams(selectionQuery(next)), { replace: true })}
    />
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <CircularProgress size={20} />
      <Typography>{t('dashboard.loading')}</Typography>
    </Stack>
  );
}

function LoadError({ code }: { code: string }) {
  const { t } = useTranslation();
  const key =
    code === 'forbidden'
      ? 'forbidden'
      : code === 'locked'
        ? 'locked'
        : code === 'notSetUp'
          ? 'noOffice'
          : null;
  return (
    <Alert severity="info">
      {key === null ? t(`store.error.${code as 'invalid'}`) : t(`dashboard.${key}`)}
    </Alert>
  );
}

type BodyProps = {
  lists: DashboardLists;
  scope: DashboardScope;
  rows: Loaded<Map<string, AggregateRow[]>>;
  officeUnit: string;
  onChange: (next: Selection) => void;
};

/** The filters and actions stay while the counters of a new selection are read. */
function DashboardBody({ lists, scope, rows, officeUnit, onChange }: BodyProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [copying, setCopying] = useState(false);
  const { plan, selection } = scope;
  const covered = lists.plans.some((p) => planCovers(p, selection.period.year));
  const unitName = (code: string) => lists.units.find((u) => u.code === code)?.name ?? code;
  const { unitCode, period } = selection;
  const visibleUnits = lists.units.filter(
    (u) =>
      u.code === officeUnit ||
      scope.subUnits.includes(u.code) ||
      u.code === unitCode ||
      u.parentCode === officeUnit,
  );
  return (
    <Stack spacing={3}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}
      >
        <DashboardFilters
          selection={selection}
          plans={lists.plans}
          units={visibleUnits}
          onChange={onChange}
        />
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
      {rows.state === 'loading' && <Loading />}
      {rows.state === 'error' && <LoadError code={rows.code} />}
      {rows.state === 'ready' && <DashboardFigures data={{ ...lists, ...scope, rows: rows.data }} />}
      {copying && (
        <NextPlanDialog
          plan={plan}
          plans={lists.plans}
          units={lists.units}
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
          plans={lists.plans}
          open={editing}
          onClose={() => setEditing(false)}
          onCopied={(id) => onChange({ ...selection, planId: id })}
        />
      )}
    </Stack>
  );
}

/** The figures of the selection, from the buckets read for it (dashboard-view.ts computes them). */
function DashboardFigures({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const canSeeCases = session?.can('case.read') ?? false;
  const { plan, selection } = data;
  const { unitCode, period } = selection;
  const unitName = (code: string) => data.units.find((u) => u.code === code)?.name ?? code;
  const today = todayIso();
  const view = dashboardView(data, today);
  const { figures } = view;
  const timelinessRow = (code: string, timeliness: Timeliness): TimelinessRow => ({
    code,
    name: unitName(code),
    timeliness,
    casesLink: canSeeCases ? casesLink(code, period) : null,
    overdueLink: canSeeCases ? `${casesLink(code, period)}&overdue=1` : null,
  });
  const codes = plan.indicators.map((i) => i.code);
  const shareCodes = plan.indicators.filter((i) => i.unit === 'percent').map((i) => i.code);
  const isCaseShare = (kind: string) => kind === 'casesSoughtHelpShare' || kind === 'casesNeedsMetShare';
  return (
    <>
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
      <UnitTable
        rows={view.units.map((u) => ({
          code: u.code,
          name: unitName(u.code),
          cases: u.cases,
          results: u.results,
        }))}
        codes={codes}
      />
      <TimelinessCard
        unit={timelinessRow(unitCode, view.timeliness)}
        rows={view.units.map((u) => timelinessRow(u.code, u.timeliness))}
        today={today}
      />
    </>
  );
}
