import AddOutlined from '@mui/icons-material/AddOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  Divider,
  IconButton,
  Paper,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseService, type Need, unmetNeeds } from '../../../../shared/model';
import { type CaseView, useStore } from '../../../db';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { textFromIso } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';
import { AddServiceDialog } from './AddServiceDialog';
import { useCaseAction } from './use-case-action';

/**
 * Each need with the services given for it; "met" follows from a provided service (I5), never ticked.
 * A service can be corrected, or removed after a confirmation.
 */
export function NeedsServices({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const { run, busy, error, clearError } = useCaseAction();
  const [adding, setAdding] = useState<Need | null>(null);
  const [editing, setEditing] = useState<CaseService | null>(null);
  const [removing, setRemoving] = useState<CaseService | null>(null);
  const serviceText = (s: CaseService) =>
    `${textFromIso(s.date)} — ${s.provider} — ${message(`store.enum.serviceOutcome.${s.outcome}`)}`;
  const remove = async (s: CaseService) => {
    if ((await run(() => store.cases.removeService(view.id, s.id, view.rev))) !== null) setRemoving(null);
  };
  const unmet = new Set(unmetNeeds(view));
  const editable = canWrite && view.deletedAt === null;
  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="needs-title">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', mb: 1 }}>
        <Typography id="needs-title" variant="h3">
          {t('cases.view.needs.title')}
        </Typography>
        {view.needs.length > 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="needs-summary">
            {unmet.size === 0
              ? t('cases.view.needs.allMet')
              : t('cases.view.needs.someUnmet', { count: unmet.size })}
          </Typography>
        )}
      </Stack>
      {view.needs.length === 0 && (
        <Typography color="text.secondary">{t('cases.view.needs.none')}</Typography>
      )}
      <Stack divider={<Divider />} spacing={1.5}>
        {view.needs.map((need) => {
          const services = view.services.filter((s) => s.need === need);
          const met = !unmet.has(need);
          const name = message(`store.enum.need.${need}`);
          return (
            <Box key={need} data-testid={`need-${need}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography sx={{ fontWeight: 600, flexGrow: 1 }}>{name}</Typography>
                <Chip
                  size="small"
                  variant="outlined"
                  color={met ? 'success' : 'warning'}
                  icon={met ? <CheckCircleOutlined /> : <HourglassEmptyOutlined />}
                  label={met ? t('cases.view.needs.met') : t('cases.view.needs.unmet')}
                />
                {editable && (
                  <Button
                    size="small"
                    startIcon={<AddOutlined />}
                    onClick={() => setAdding(need)}
                    aria-label={`${t('cases.view.needs.addService')}: ${name}`}
                  >
                    {t('cases.view.needs.addService')}
                  </Button>
                )}
              </Stack>
              {services.length === 0 ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  {t('cases.view.needs.noServices')}
                </Typography>
              ) : (
                <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                  {services.map((s) => (
                    <Typography
                      key={s.id}
                      component="li"
                      variant="body2"
                      data-testid="service"
                      sx={{ display: 'list-item' }}
                    >
                      {serviceText(s)}
                      {editable && (
                        <>
                          <Tooltip title={t('cases.view.service.edit')}>
                            <IconButton
                              size="small"
                              sx={{ ml: 1 }}
                              aria-label={`${t('cases.view.service.edit')}: ${serviceText(s)}`}
                              onClick={() => setEditing(s)}
                            >
                              <EditOutlined fontSize="small" />
                            </IconButton>
                          </Tooltip>
                          <Tooltip title={t('cases.view.needs.removeService')}>
                            <IconButton
                              size="small"
                              color="error"
                              aria-label={`${t('cases.view.needs.removeService')}: ${serviceText(s)}`}
                              onClick={() => {
                                clearError();
                                setRemoving(s);
                              }}
                            >
                              <DeleteOutlineOutlined fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        </>
                      )}
                    </Typography>
                  ))}
                </Box>
              )}
            </Box>
          );
        })}
      </Stack>
      {adding !== null && <AddServiceDialog view={view} need={adding} onClose={() => setAdding(null)} />}
      {editing !== null && (
        <AddServiceDialog
          view={view}
          need={editing.need}
          service={editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing !== null && (
        <ConfirmDialog
          open
          danger
          busy={busy}
          title={t('cases.view.service.removeTitle')}
          confirmLabel={t('cases.view.service.remove')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <Stack spacing={1.5}>
            <span>
              {t('cases.view.service.removeBody', {
                service: serviceText(removing),
                need: message(`store.enum.need.${removing.need}`),
              })}
            </span>
            {error && <Alert severity="error">{message(error.key)}</Alert>}
          </Stack>
        </ConfirmDialog>
      )}
    </Paper>
  );
}
