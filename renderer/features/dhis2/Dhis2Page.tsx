import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  FormGroup,
  MenuItem,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_DHIS2_MAPPING, type Dhis2Mapping, orgUnitOf } from '../../../shared/dhis2';
import { PERIOD_PARTS, type PeriodPart, planYears } from '../../../shared/indicators/periods';
import { useSession, useStore } from '../../db';
import { type Column, DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { readSelection, selectionQuery } from '../overview/selection';
import { usePlanData } from '../overview/use-plan-data';
import { download } from '../reports/report-xlsx';
import { adxFile, type ExportFile, jsonFile } from './export-files';
import { exportOf, exportRows, SHIPPED_CODES } from './export-input';
import { MappingDialog } from './MappingDialog';

/**
 * Báo cáo → DHIS2: a province officer picks the period and the units, sees what will leave (values,
 * figures hidden for disclosure control, units without a DHIS2 code), and saves the dataValueSets
 * JSON or the ADX XML through the same download the reports use.
 */
export function Dhis2Page() {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const officeUnit = store.office?.unitCode ?? null;
  const state = usePlanData(officeUnit, true);
  const [mapping, setMapping] = useState<Dhis2Mapping>(store.settings.dhis2Mapping ?? DEFAULT_DHIS2_MAPPING);
  const [edited, setEdited] = useState(store.settings.dhis2Mapping !== null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = state.state === 'ready' ? state.data : null;
  const selection =
    data === null
      ? null
      : readSelection(params, data.plans, officeUnit ?? '', new Date(), { parts: PERIOD_PARTS });
  const plan = data?.plans.find((p) => p.id === selection?.planId);
  const year = selection?.period.year;
  const part = selection?.period.part;
  const period = useMemo(
    () => (year === undefined || part === undefined ? null : { year, part }),
    [year, part],
  );
  const rows = useMemo(
    () =>
      data === null || period === null || officeUnit === null ? [] : exportRows(data, officeUnit, period),
    [data, period, officeUnit],
  );
  const selected = useMemo(() => new Set(rows.filter((r) => !excluded.has(r))), [rows, excluded]);
  const threshold = store.settings.smallCellThreshold;
  const office = store.office;
  // Disclosure control over ~100 units takes a moment: once per change of period, units or mapping.
  const exported = useMemo(
    () =>
      data === null || plan === undefined || period === null || officeUnit === null
        ? null
        : exportOf({ data, plan, office, rootCode: officeUnit, period, threshold, mapping, selected }),
    [data, plan, period, officeUnit, threshold, mapping, selected, office],
  );
  if (state.state === 'loading') return <CircularProgress size={24} />;
  if (state.state === 'error')
    return <Alert severity="info">{t(`store.error.${state.code as 'invalid'}`)}</Alert>;
  if (data === null || selection === null || plan === undefined || exported === null || officeUnit === null)
    return <Alert severity="info">{t('dashboard.noPlan')}</Alert>;

  const name = (code: string) => data.units.find((u) => u.code === code)?.name ?? code;
  const rowLabel = (code: string) =>
    code === officeUnit ? t('dhis2.units.own', { unit: name(code) }) : name(code);
  const setPeriod = (next: { year?: number; part?: PeriodPart }) =>
    setParams(
      new URLSearchParams(selectionQuery({ ...selection, period: { ...selection.period, ...next } })),
      {
        replace: true,
      },
    );
  const save = (file: ExportFile | null) => {
    if (file === null) return;
    download(file.bytes, file.name, file.type);
    setNotice(t('dhis2.actions.saved', { file: file.name }));
  };
  const perUnit = rows
    .filter((code) => selected.has(code))
    .map((code) => ({
      code,
      orgUnit: orgUnitOf(code, mapping, SHIPPED_CODES).orgUnit,
      values: exported.values.filter((v) => v.unitCode === code).length,
      suppressed: exported.suppressed.filter((s) => s.unitCode === code).length,
    }));
  const unitColumns: Column<(typeof perUnit)[number]>[] = [
    { key: 'unit', header: t('dhis2.preview.col.unit'), width: '2fr', render: (u) => rowLabel(u.code) },
    {
      key: 'orgUnit',
      header: t('dhis2.preview.col.orgUnit'),
      width: '1.2fr',
      render: (u) => u.orgUnit ?? t('dhis2.units.unmapped'),
    },
    {
      key: 'values',
      header: t('dhis2.preview.col.values'),
      width: '1fr',
      align: 'right',
      render: (u) => u.values,
    },
    {
      key: 'suppressed',
      header: t('dhis2.preview.col.suppressed'),
      width: '1fr',
      align: 'right',
      render: (u) => u.suppressed,
    },
  ];
  const exportedUnits = new Set(exported.values.map((v) => v.unitCode)).size;
  const now = new Date();

  return (
    <Stack spacing={3}>
      <PageHeader title={t('dhis2.title')} intro={t('dhis2.intro', { threshold })} />
      <Notice message={notice} onClose={() => setNotice(null)} />
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('dhis2.period.year')}
          value={selection.period.year}
          onChange={(event) => setPeriod({ year: Number(event.target.value) })}
          sx={{ minWidth: 120 }}
        >
          {planYears(plan, plan.toYear).map((year) => (
            <MenuItem key={year} value={year}>
              {year}
            </MenuItem>
          ))}
        </TextField>
        <ToggleButtonGroup
          size="small"
          exclusive
          aria-label={t('dhis2.period.label')}
          value={selection.period.part}
          onChange={(_, part: PeriodPart | null) => {
            if (part !== null) setPeriod({ part });
          }}
        >
          <ToggleButton value="firstHalf">{t('dhis2.period.firstHalf')}</ToggleButton>
          <ToggleButton value="secondHalf">{t('dhis2.period.secondHalf')}</ToggleButton>
          <ToggleButton value="year">{t('dhis2.period.whole')}</ToggleButton>
        </ToggleButtonGroup>
        <Typography color="text.secondary">
          {edited ? t('dhis2.mapping.edited') : t('dhis2.mapping.defaults')}
        </Typography>
        <Button onClick={() => setEditing(true)}>{t('dhis2.mapping.open')}</Button>
      </Stack>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h2" sx={{ fontSize: '1.1rem', flexGrow: 1 }}>
            {t('dhis2.units.label')}
          </Typography>
          <Button size="small" onClick={() => setExcluded(new Set())}>
            {t('dhis2.units.all')}
          </Button>
          <Button size="small" onClick={() => setExcluded(new Set(rows))}>
            {t('dhis2.units.none')}
          </Button>
        </Stack>
        <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
          {rows.map((code) => (
            <FormControlLabel
              key={code}
              label={rowLabel(code)}
              control={
                <Checkbox
                  size="small"
                  checked={selected.has(code)}
                  onChange={(event) => {
                    const next = new Set(excluded);
                    if (event.target.checked) next.delete(code);
                    else next.add(code);
                    setExcluded(next);
                  }}
                />
              }
            />
          ))}
        </FormGroup>
      </Paper>

      <Stack spacing={1} data-testid="dhis2-preview">
        <Typography variant="h2" sx={{ fontSize: '1.1rem' }}>
          {t('dhis2.preview.title')}
        </Typography>
        <Typography>
          {t('dhis2.preview.summary', {
            values: exported.values.length,
            units: exportedUnits,
            suppressed: exported.suppressed.length,
          })}
        </Typography>
        {exported.unmappedUnits.length > 0 && (
          <Alert severity="warning">
            {t('dhis2.preview.unmapped', { units: exported.unmappedUnits.map(name).join(', ') })}
          </Alert>
        )}
        {exported.unmappedIndicators.length > 0 && (
          <Alert severity="warning">
            {t('dhis2.preview.unmappedIndicators', { codes: exported.unmappedIndicators.join(', ') })}
          </Alert>
        )}
        {exported.ownRowOmitted && <Alert severity="info">{t('dhis2.preview.ownOmitted')}</Alert>}
        {exported.values.length === 0 && <Alert severity="info">{t('dhis2.preview.nothing')}</Alert>}
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            startIcon={<FileDownloadOutlined />}
            disabled={exported.values.length === 0}
            onClick={() => save(jsonFile(exported, mapping, officeUnit, now))}
          >
            {t('dhis2.actions.json')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<FileDownloadOutlined />}
            disabled={exported.values.length === 0}
            onClick={() => save(adxFile(exported, mapping, officeUnit, now))}
          >
            {t('dhis2.actions.adx')}
          </Button>
        </Stack>
        <Box sx={{ maxWidth: 760 }}>
          <DataTable
            rows={perUnit}
            columns={unitColumns}
            rowKey={(u) => u.code}
            rowTestId={(u) => `dhis2-unit-${u.code}`}
            label={t('dhis2.preview.title')}
          />
        </Box>
      </Stack>
      {editing && (
        <MappingDialog
          mapping={mapping}
          units={rows.map((code) => ({ code, name: name(code) }))}
          canEdit={session?.can('settings.manage') === true}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setMapping(next ?? DEFAULT_DHIS2_MAPPING);
            setEdited(next !== null);
            setEditing(false);
            setNotice(t('dhis2.mapping.saved'));
          }}
        />
      )}
    </Stack>
  );
}
