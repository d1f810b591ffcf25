import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifiedRelease } from '../../../shared/update/update-contract';
import { call } from '../../host/call';
import { host } from '../../host/host';
import { FolderField } from '../../ui/FolderField';
import { refusalText, stepErrorText } from './refusal-text';

/** "Pass it on": the verified release copied to a stick for the next office, and checked again there. */
export function PassOn({ release }: { release: VerifiedRelease }) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await call(host.updates.passOn({ to: to.trim() }));
      setMessage(
        r.status === 'ok'
          ? { ok: true, text: t('updates.passOn.done', { folder: r.folder }) }
          : { ok: false, text: refusalText(t, r) },
      );
    } catch (e) {
      setMessage({ ok: false, text: stepErrorText(t, e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1}>
      <Typography component="h3" variant="subtitle1">
        {t('updates.passOn.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('updates.passOn.intro', { version: release.version })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <FolderField
          purpose="save"
          label={t('updates.passOn.folder')}
          value={to}
          onChange={(p) => setTo(p)}
        />
        <Box>
          <Button
            variant="outlined"
            onClick={() => void copy()}
            disabled={busy || to.trim() === ''}
            sx={{ mt: 1 }}
          >
            {t('updates.passOn.run')}
          </Button>
        </Box>
      </Stack>
      {message !== null && (
        <Alert severity={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
