import { Alert, Box, Button, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupListing } from '../../../shared/backup/backup-contract';
import { useStore } from '../../db';
import { backupErrorText } from './backup-text';
import { inspectBackup, runRestore, type SentAfter } from './run-restore';

const when = (iso: string) => format(parseISO(iso), 'dd/MM/yyyy HH:mm');

/**
 * "Khôi phục từ bản sao lưu": the file's path, what it holds (office, date, counts, the last bundle
 * sent), the recovery key, then the restore with progress. Over an office that is set up the same
 * recovery key must be that office's (`overOffice`). At the end the app reloads over the restored office.
 */
export function RestoreFlow({
  onCancel,
  overOffice = false,
  initialPath = '',
}: {
  onCancel: () => void;
  overOffice?: boolean;
  initialPath?: string;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [path, setPath] = useState(initialPath);
  const [seen, setSeen] = useState<{ listing: BackupListing; keyFile: string } | null>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [currentKey, setCurrentKey] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const [sentAfter, setSentAfter] = useState<SentAfter>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const inspect = async () => {
    setFailure(null);
    setSeen(null);
    try {
      setSeen(await inspectBackup(path.trim()));
    } catch (e) {
      setFailure(backupErrorText(t, e));
    }
  };

  const restore = async () => {
    if (seen === null) return;
    setFailure(null);
    setProgress(0);
    try {
      const after = await runRestore({
        store,
        path: seen.listing.path,
        keyFile: seen.keyFile,
        recoveryKey,
        ...(overOffice ? { confirmRecoveryKey: currentKey } : {}),
        onProgress: setProgress,
      });
      setSentAfter(after);
      setDone(true);
    } catch (e) {
      setFailure(backupErrorText(t, e));
    } finally {
      setProgress(null);
    }
  };

  const m = seen?.listing.manifest;
  const busy = progress !== null;
  return (
    <Stack spacing={2} data-testid="restore-flow">
      <Typography component="h2" variant="h6">
        {t('backup.restore.title')}
      </Typography>
      <Typography color="text.secondary">{t('backup.restore.intro')}</Typography>
      {!done && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={t('backup.restore.path')}
            value={path}
            onChange={(e) => setPath(e.target.value)}
            fullWidth
            disabled={busy}
          />
          <Button variant="outlined" onClick={() => void inspect()} disabled={busy || path.trim() === ''}>
            {t('backup.restore.inspect')}
          </Button>
        </Stack>
      )}
      {m !== undefined && (
        <Box data-testid="restore-summary">
          <Typography>
            {t('backup.restore.office', { name: m.office.name, unitCode: m.office.unitCode })}
          </Typography>
          <Typography>{t('backup.restore.createdAt', { date: when(m.createdAt) })}</Typography>
          <Typography>
            {t('backup.restore.counts', {
              cases: m.counts.cases ?? 0,
              users: m.counts.users ?? 0,
              people: m.counts.people ?? 0,
              audit: m.counts.audit ?? 0,
            })}
          </Typography>
          {Object.entries(m.lastSent).map(([unit, last]) => (
            <Alert severity="info" key={unit} sx={{ mt: 1 }}>
              {t('backup.restore.lastSent', {
                sequence: last.sequence,
                unit,
                date: last.createdAt === '' ? '' : when(last.createdAt),
              })}
            </Alert>
          ))}
        </Box>
      )}
      {m !== undefined && !done && (
        <Stack spacing={2}>
          <TextField
            label={t('backup.restore.recoveryKey')}
            value={recoveryKey}
            onChange={(e) => setRecoveryKey(e.target.value)}
            autoComplete="off"
            disabled={busy}
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
          {overOffice && (
            <>
              <Alert severity="warning">{t('backup.restore.confirmOver')}</Alert>
              <TextField
                label={t('backup.panel.recoveryKey')}
                value={currentKey}
                onChange={(e) => setCurrentKey(e.target.value)}
                autoComplete="off"
                disabled={busy}
              />
            </>
          )}
        </Stack>
      )}
      {busy && (
        <Box>
          <Typography variant="body2">
            {t('backup.restore.running', { percent: Math.round(progress * 100) })}
          </Typography>
          <LinearProgress variant="determinate" value={progress * 100} aria-label={t('backup.restore.run')} />
        </Box>
      )}
      {failure !== null && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      {done && <Alert severity="success">{t('backup.restore.done')}</Alert>}
      {done && m !== undefined && (
        <Alert severity="warning">{t('backup.restore.erasures', { date: when(m.createdAt) })}</Alert>
      )}
      {done && sentAfter.length > 0 && (
        <Alert severity="info">
          {t('backup.restore.sentAfter', {
            list: sentAfter.map((b) => `${b.sequence} → ${b.recipientUnit}`).join(', '),
          })}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
        {!done && (
          <Button onClick={onCancel} disabled={busy}>
            {t('backup.restore.cancel')}
          </Button>
        )}
        {!done && m !== undefined && (
          <Button
            variant="contained"
            onClick={() => void restore()}
            disabled={busy || recoveryKey.trim() === '' || (overOffice && currentKey.trim() === '')}
          >
            {t('backup.restore.run')}
          </Button>
        )}
        {done && (
          <Button variant="contained" onClick={() => window.location.reload()}>
            {t('backup.restore.open')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
