import { Alert, AlertTitle, Box, Button, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifiedRelease } from '../../../shared/update/update-contract';
import { SCHEMA_VERSION, useStore } from '../../db';
import { call } from '../../host/call';
import { host } from '../../host/host';
import { useHostQuery } from '../../host/use-host-query';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { runBackup } from '../backup/run-backup';
import { refusalText, stepErrorText } from './refusal-text';

/**
 * "Cập nhật sẵn sàng — cài khi đóng ứng dụng / cài ngay": a notice in the page, never a window that
 * takes the keyboard from a form. Installing on close is the first choice; "now" asks first. A release
 * with another schema version is installed only after a backup (the backup feature's own run).
 */
export function ReadyNotice({
  release,
  installOnQuit,
}: {
  release: VerifiedRelease;
  installOnQuit: boolean;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const backupState = useHostQuery(['backup'], () => host.backup.state(), []);
  const [folder, setFolder] = useState('');
  const [hasKey, setHasKey] = useState<boolean | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const schemaChanges = release.schema !== SCHEMA_VERSION;
  useEffect(() => {
    void store.backup.key().then((k) => setHasKey(k !== null));
  }, [store]);
  useEffect(() => {
    const last = backupState.data?.lastFolder;
    if (last != null) setFolder((f) => (f === '' ? last : f));
  }, [backupState.data]);

  const install = async (when: 'quit' | 'now') => {
    setError(null);
    setConfirming(false);
    try {
      if (schemaChanges) {
        setProgress(0);
        await runBackup(store, folder.trim(), backupState.data?.keep ?? 10, setProgress);
        setProgress(null);
      }
      const r = await call(host.updates.install({ when, schema: SCHEMA_VERSION }));
      if (r.status === 'refused') setError(refusalText(t, r));
    } catch (e) {
      setProgress(null);
      setError(stepErrorText(t, e));
    }
  };

  if (installOnQuit) {
    return (
      <Alert severity="success" role="status">
        {t('updates.ready.scheduled', { version: release.version })}
      </Alert>
    );
  }
  const blocked = schemaChanges && (hasKey !== true || folder.trim() === '');
  return (
    <Alert severity="info" role="status" data-testid="update-ready">
      <AlertTitle>{t('updates.ready.title')}</AlertTitle>
      <Stack spacing={2}>
        <Typography variant="body2">{t('updates.ready.body', { version: release.version })}</Typography>
        {schemaChanges && (
          <Stack spacing={1}>
            <Typography variant="body2">
              {t('updates.release.schemaChanges', { from: SCHEMA_VERSION, to: release.schema })}
            </Typography>
            {hasKey === false ? (
              <Typography variant="body2" color="warning.main">
                {t('updates.ready.backupKeyMissing')}
              </Typography>
            ) : (
              <TextField
                size="small"
                label={t('updates.ready.backupFolder')}
                helperText={t('updates.ready.backupFirst')}
                value={folder}
                onChange={(e) => setFolder(e.target.value)}
                disabled={progress !== null}
              />
            )}
          </Stack>
        )}
        {progress !== null && (
          <Box>
            <Typography variant="body2">
              {t('updates.ready.backingUp', { percent: Math.round(progress * 100) })}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={progress * 100}
              aria-label={t('updates.ready.backupFolder')}
            />
          </Box>
        )}
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            onClick={() => void install('quit')}
            disabled={blocked || progress !== null}
          >
            {t('updates.ready.onQuit')}
          </Button>
          <Button onClick={() => setConfirming(true)} disabled={blocked || progress !== null}>
            {t('updates.ready.now')}
          </Button>
        </Stack>
        {error !== null && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
      <ConfirmDialog
        open={confirming}
        title={t('updates.ready.confirmTitle')}
        confirmLabel={t('updates.ready.now')}
        onConfirm={() => void install('now')}
        onCancel={() => setConfirming(false)}
      >
        {t('updates.ready.confirmBody', { version: release.version })}
      </ConfirmDialog>
    </Alert>
  );
}
