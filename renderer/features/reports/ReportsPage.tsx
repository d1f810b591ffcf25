import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Alert,
  Button,
  CircularProgress,
  GlobalStyles,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { indicatorsAt } from '../../../shared/indicators/figures';
import { useStore } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { download } from '../../ui/xlsx';
import { readSelection, selectionQuery } from '../overview/selection';
import { useLocaleTag } from '../overview/use-formats';
import { usePlanData } from '../overview/use-plan-data';
import { ReportDocument } from './ReportDocument';
import { buildBreakdown } from './report-breakdown';
import { buildReport } from './report-model';
import { reportWorkbook } from './report-xlsx';

/** Only the report sheet is printed: the shell, the toolbar and the page header stay on screen. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        // Vietnamese administrative documents are A4 portrait.
        '@page': { size: 'A4 portrait', margin: '20mm 15mm 20mm 25mm' },
        'header.MuiAppBar-root, .MuiDrawer-root, .no-print, main > .MuiToolbar-root': {
          display: 'none !important',
        },
        'main.MuiBox-root, main': { padding: '0 !important' },
        '.report-sheet': {
          boxShadow: 'none !important',
          padding: '0 !important',
          maxWidth: 'none !important',
        },
        body: { background: '#fff' },
      },
    }}
  />
);

/** Six-monthly and annual report of the plan's indicators: on screen, to print/PDF, and as .xlsx. */
export function ReportsPage() {
  const { t } = useTranslation();
  const store = useStore();
  const locale = useLocaleTag();
  const [params, setParams] = useSearchParams();
  const officeUnit = store.office?.unitCode ?? null;
  // With sub-units: the report publishes cases by unit beside the indicators.
  const state = usePlanData(params.get('unit') ?? officeUnit, true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (state.state === 'loading') return <CircularProgress size={24} />;
  if (state.state === 'error')
    return <Alert severity="info">{t(`store.error.${state.code as 'invalid'}`)}</Alert>;
  const selection = readSelection(params, state.data.plans, officeUnit ?? '', new Date());
  const plan = state.data.plans.find((p) => p.id === selection?.planId);
  if (selection === null || plan === undefined) return <Alert severity="info">{t('dashboard.noPlan')}</Alert>;
  const { data } = state;
  const unitName = (code: string) => data.units.find((u) => u.code === code)?.name ?? code;
  const results = indicatorsAt(
    {
      plan,
      rows: data.rows.get(selection.unitCode) ?? [],
      populations: data.populations,
      units: data.units,
      unitCode: selection.unitCode,
    },
    selection.period,
  );
  const doc = buildReport(
    {
      officeName: store.office?.name ?? unitName(selection.unitCode),
      planName: plan.name,
      unitName: unitName(selection.unitCode),
      place: unitName(officeUnit ?? selection.unitCode),
      period: selection.period,
      indicators: plan.indicators,
      results,
      threshold: store.settings.smallCellThreshold,
      today: new Date(),
      locale,
    },
    (key, values) => t(key as 'reports.nav', values),
  );
  const breakdown = buildBreakdown(
    {
      unitCode: selection.unitCode,
      rows: data.rows,
      subUnits: data.subUnits,
      units: data.units,
      period: selection.period,
      threshold: store.settings.smallCellThreshold,
      locale,
    },
    (key, values) => t(key as 'reports.nav', values),
  );
  const saveExcel = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const col = (
        key: 'no' | 'code' | 'indicator' | 'target' | 'result' | 'detail' | 'ofTarget' | 'notes',
      ) => t(`reports.document.col.${key}`);
      const bytes = await reportWorkbook(doc, breakdown, {
        nation: t('reports.document.nation'),
        motto: t('reports.document.motto'),
        number: t('reports.document.number', { office: doc.officeShort }),
        tableTitle: t('reports.document.tableTitle'),
        columns: [
          col('no'),
          '',
          col('indicator'),
          col('target'),
          col('result'),
          col('detail'),
          col('ofTarget'),
          col('notes'),
        ],
        recipients: t('reports.document.recipients'),
        recipientList: t('reports.document.recipientList'),
        signer: t('reports.document.signer'),
        signHint: t('reports.document.signHint'),
        sheetName: t('reports.document.sheetName'),
        breakdownTitle: t('reports.breakdown.title'),
        breakdownUnit: t('reports.breakdown.unit'),
        breakdownTotals: t('reports.breakdown.totals'),
      });
      const part = selection.period.part === 'year' ? 'nam' : '6-thang';
      download(
        bytes,
        `bao-cao-${part}-${selection.period.year}-${selection.unitCode}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    } catch (error) {
      setFailure(
        t('reports.actions.excelFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {printStyles}
      <Stack className="no-print" spacing={2} sx={{ mb: 3 }}>
        <PageHeader title={t('reports.title')} intro={t('reports.intro')} />
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
          <ToggleButtonGroup
            size="small"
            exclusive
            aria-label={t('reports.kind.label')}
            value={selection.period.part}
            onChange={(_, part: 'year' | 'firstHalf' | null) => {
              if (part !== null)
                setParams(
                  new URLSearchParams(
                    selectionQuery({ ...selection, period: { ...selection.period, part } }),
                  ),
                  { replace: true },
                );
            }}
          >
            <ToggleButton value="firstHalf">{t('reports.kind.firstHalf')}</ToggleButton>
            <ToggleButton value="year">{t('reports.kind.year')}</ToggleButton>
          </ToggleButtonGroup>
          <Typography>{`${unitName(selection.unitCode)} · ${selection.period.year}`}</Typography>
          <Stack direction="row" spacing={1} sx={{ flexGrow: 1, justifyContent: 'flex-end' }}>
            <Button
              startIcon={<ArrowBackOutlined />}
              component={RouterLink}
              to={`/?${selectionQuery(selection)}`}
            >
              {t('reports.actions.back')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<FileDownloadOutlined />}
              disabled={busy}
              onClick={() => void saveExcel()}
            >
              {busy ? t('reports.actions.preparing') : t('reports.actions.excel')}
            </Button>
            <Button variant="contained" startIcon={<PrintOutlined />} onClick={() => window.print()}>
              {t('reports.actions.print')}
            </Button>
          </Stack>
        </Stack>
        {failure !== null && <Alert severity="error">{failure}</Alert>}
      </Stack>
      <ReportDocument doc={doc} breakdown={breakdown} />
    </>
  );
}
