import AddOutlined from '@mui/icons-material/AddOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useSession } from '../../../db';
import { PageHeader } from '../../../ui/PageHeader';
import { ListDraftOffer } from '../intake/ListDraftOffer';
import { useOfficeUnits } from '../use-office-units';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { ExportDialog } from './ExportDialog';
import { useCaseList } from './use-case-list';
import { useListParams } from './use-list-params';

/** /cases — the office's cases: search, filters, a virtualised table, export. */
export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const canWrite = session?.can('case.write') ?? false;
  const units = useOfficeUnits();
  const { params, filter, update, clear } = useListParams(units.within);
  const { rows, total, progress, names } = useCaseList(filter, params.sort, params.q);
  const [exporting, setExporting] = useState(false);

  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 2 }}>
        <PageHeader title={t('cases.title')} intro={t('cases.intro')} />
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          <Button
            startIcon={<FileDownloadOutlined />}
            onClick={() => setExporting(true)}
            disabled={rows.length === 0}
          >
            {t('cases.list.export')}
          </Button>
          {canWrite && (
            <Button variant="contained" startIcon={<AddOutlined />} component={RouterLink} to="/cases/new">
              {t('cases.list.newCase')}
            </Button>
          )}
        </Stack>
      </Stack>
      {canWrite && <ListDraftOffer onContinue={(id) => void navigate(`/cases/new?draft=${id}`)} />}
      <CaseFilters
        params={params}
        units={units.choices}
        canSearchNames={names !== null}
        canSeeDeleted={session?.can('case.restore') ?? false}
        onChange={update}
        onClear={clear}
      />
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', minHeight: 28 }}>
        <Typography sx={{ fontWeight: 600 }} role="status" data-testid="case-count">
          {t('cases.list.count', { count: rows.length })}
        </Typography>
        {progress !== null && (
          <Box sx={{ flexGrow: 1, maxWidth: 360 }}>
            <Typography variant="caption" color="text.secondary">
              {t('cases.list.loadingIndex', progress)}
            </Typography>
            <LinearProgress
              aria-label={t('cases.list.loadingIndex', progress)}
              variant="determinate"
              value={(100 * progress.done) / Math.max(1, progress.total)}
            />
          </Box>
        )}
        {names !== null && !names.ready && params.q.trim().length >= 2 && (
          <Typography variant="caption" color="text.secondary">
            {t('cases.list.loadingNames', { done: names.size })}
          </Typography>
        )}
      </Stack>
      {total === 0 && progress === null ? (
        <Alert severity="info">{t('cases.list.emptyStore')}</Alert>
      ) : rows.length === 0 && progress === null ? (
        <Alert severity="info">{t('cases.list.empty')}</Alert>
      ) : (
        <CaseTable
          rows={rows}
          sort={params.sort}
          unitNames={units.names}
          onSort={(sort) => update({ sort })}
        />
      )}
      <ExportDialog
        open={exporting}
        rows={rows}
        unitNames={units.names}
        onClose={() => setExporting(false)}
      />
    </>
  );
}
