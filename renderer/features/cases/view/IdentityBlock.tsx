import LockOutlined from '@mui/icons-material/LockOutlined';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurvivorIdentity } from '../../../../shared/model';
import { isStoreError, useSession, useSessionLocked, useStore } from '../../../db';
import { useMessage } from '../../../ui/use-message';

/**
 * The survivor's identity stays hidden until a permitted officer asks for it; each reveal is one
 * audited `store.cases.reveal`. It hides again on leaving the page or at lock.
 */
export function IdentityBlock({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const session = useSession();
  const locked = useSessionLocked();
  const [identity, setIdentity] = useState<SurvivorIdentity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const allowed = session?.can('case.identify') ?? false;

  useEffect(() => {
    if (locked) setIdentity(null);
  }, [locked]);

  const reveal = async () => {
    setError(null);
    try {
      setIdentity(await store.cases.reveal(caseId));
    } catch (e) {
      if (isStoreError(e)) setError(e.messageKey);
      else throw e;
    }
  };
  const row = (label: string, value: string | number | undefined) => (
    <Box sx={{ display: 'grid', gridTemplateColumns: '140px 1fr', gap: 1 }}>
      <Typography color="text.secondary">{label}</Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>
        {value === undefined || value === '' ? t('cases.view.identity.none') : value}
      </Typography>
    </Box>
  );

  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="identity-title">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <LockOutlined fontSize="small" color="action" />
        <Typography id="identity-title" variant="h3">
          {t('cases.view.identity.title')}
        </Typography>
      </Stack>
      {!allowed ? (
        <Typography color="text.secondary">{t('cases.view.identity.notAllowed')}</Typography>
      ) : identity === null ? (
        <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Typography color="text.secondary">{t('cases.view.identity.hidden')}</Typography>
          <Button variant="outlined" startIcon={<VisibilityOutlined />} onClick={() => void reveal()}>
            {t('cases.view.identity.reveal')}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {t('cases.view.identity.audited')}
          </Typography>
        </Stack>
      ) : (
        <Stack spacing={1} data-testid="identity">
          {row(t('cases.intake.fields.fullName.label'), identity.fullName)}
          {row(t('cases.intake.fields.phone.label'), identity.phone)}
          {row(t('cases.intake.fields.birthYear.label'), identity.birthYear)}
          {row(t('cases.intake.fields.address.label'), identity.address)}
          {row(t('cases.view.identity.idNumbers'), identity.idNumbers.join(', '))}
          {row(t('cases.intake.fields.narrative.label'), identity.narrative)}
          <Button
            startIcon={<VisibilityOffOutlined />}
            onClick={() => setIdentity(null)}
            sx={{ alignSelf: 'flex-start' }}
          >
            {t('cases.view.identity.hide')}
          </Button>
        </Stack>
      )}
      {error !== null && <Alert severity="error">{message(error)}</Alert>}
    </Paper>
  );
}
