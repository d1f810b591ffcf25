import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { Alert, Button, Chip, Grid, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useCase, useSession, useStore } from '../../../db';
import { textFromIso, timeAndDay } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';
import { StatusChip } from '../CaseStatusChip';
import { RestrictedNotice, RightsPanel } from '../rights/RightsPanel';
import { useOfficeUnits } from '../use-office-units';
import { CaseDetails } from './CaseDetails';
import { CaseHistory } from './CaseHistory';
import { CaseTimeline } from './CaseTimeline';
import { CloseCaseDialog } from './CloseCaseDialog';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { FollowUps } from './FollowUps';
import { IdentityBlock } from './IdentityBlock';
import { NeedsServices } from './NeedsServices';
import { useCaseAction } from './use-case-action';

/** /cases/:id — one case: header, identity (on request), needs and services, follow-ups, timeline. */
export function CaseViewPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const { id } = useParams();
  const location = useLocation();
  const store = useStore();
  const session = useSession();
  const { names } = useOfficeUnits();
  const { data: view, isLoading, error } = useCase(id);
  const { run, busy, error: actionError } = useCaseAction();
  const [dialog, setDialog] = useState<'close' | 'delete' | null>(null);
  const savedCode = (location.state as { savedCode?: string } | null)?.savedCode;
  // "Saved" speaks of the intake just saved: once the case changes again (a service, a closure), it is stale.
  const savedRev = useRef<number | null>(null);
  if (savedCode !== undefined && view !== undefined && savedRev.current === null) savedRev.current = view.rev;
  const showSaved = savedCode !== undefined && view !== undefined && view.rev === savedRev.current;

  if (isLoading) return <LinearProgress />;
  if (error !== null) return <Alert severity="error">{message(`store.error.${error}`)}</Alert>;
  if (view === undefined) return <Alert severity="warning">{t('cases.notFound')}</Alert>;
  // A restricted case takes no further processing (Law 91/2025/QH15): its edit actions are hidden.
  const canWrite = (session?.can('case.write') ?? false) && view.restrictedAt === undefined;
  const deleted = view.deletedAt !== null;
  const canRestore = session?.can('case.restore') ?? false;
  if (deleted && !canRestore) return <Alert severity="warning">{t('cases.notFound')}</Alert>;

  return (
    <Stack spacing={2.5}>
      <Button
        component={RouterLink}
        to="/cases"
        startIcon={<ArrowBackOutlined />}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('cases.backToList')}
      </Button>
      {showSaved && <Alert severity="success">{t('cases.intake.saved', { code: savedCode })}</Alert>}
      {deleted && (
        <Alert
          severity="warning"
          action={
            <Button
              color="inherit"
              startIcon={<RestoreOutlined />}
              disabled={busy}
              onClick={() => void run(() => store.cases.restore(view.id))}
            >
              {t('cases.view.restore')}
            </Button>
          }
        >
          {t('cases.view.deleted', {
            at: `${timeAndDay(view.deletedAt ?? '').time} ${timeAndDay(view.deletedAt ?? '').day}`,
          })}
        </Alert>
      )}
      <RestrictedNotice view={view} />
      <Paper sx={{ p: 2.5 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between' }}>
          <Stack spacing={1}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <Typography variant="h1" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {view.caseCode}
              </Typography>
              <StatusChip status={view.status} deleted={deleted} size="medium" />
            </Stack>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <Chip label={message(`store.enum.gbvType.${view.gbvType}`)} />
              <Chip
                variant="outlined"
                label={`${t('cases.view.unit')}: ${names.get(view.incidentUnit) ?? view.incidentUnit}`}
              />
              <Chip
                variant="outlined"
                label={`${t('cases.view.reportDate')}: ${textFromIso(view.reportDate)}`}
              />
            </Stack>
            {view.status === 'closed' && view.closureReason !== undefined && (
              <Typography color="text.secondary">
                {t('cases.view.closure.closedBecause', {
                  reason: message(`store.enum.closureReason.${view.closureReason}`),
                })}
              </Typography>
            )}
          </Stack>
          {canWrite && !deleted && (
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <Button
                variant="outlined"
                startIcon={<EditOutlined />}
                component={RouterLink}
                to={`/cases/${view.id}/edit`}
              >
                {t('cases.view.edit')}
              </Button>
              {view.status === 'open' ? (
                <Button
                  variant="contained"
                  startIcon={<TaskAltOutlined />}
                  onClick={() => setDialog('close')}
                >
                  {t('cases.view.closure.close')}
                </Button>
              ) : (
                <Button
                  variant="outlined"
                  startIcon={<LockOpenOutlined />}
                  disabled={busy}
                  onClick={() => void run(() => store.cases.reopen(view.id, view.rev))}
                >
                  {t('cases.view.closure.reopen')}
                </Button>
              )}
              <Button color="error" startIcon={<DeleteOutlineOutlined />} onClick={() => setDialog('delete')}>
                {t('cases.view.delete')}
              </Button>
            </Stack>
          )}
        </Stack>
      </Paper>
      {actionError && <Alert severity="error">{message(actionError.key)}</Alert>}
      <Grid container spacing={2.5}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={2.5}>
            <NeedsServices view={view} canWrite={canWrite} />
            <FollowUps view={view} canWrite={canWrite} />
            <CaseDetails view={view} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2.5}>
            <IdentityBlock caseId={view.id} />
            <CaseTimeline view={view} />
            <CaseHistory view={view} />
            <RightsPanel view={view} />
          </Stack>
        </Grid>
      </Grid>
      {dialog === 'close' && <CloseCaseDialog view={view} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && <DeleteCaseDialog view={view} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
