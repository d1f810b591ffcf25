import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { format, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../db';
import { host } from '../../host/host';
import { useHostQuery } from '../../host/use-host-query';
import { backupErrorText, sizeText } from './backup-text';
import { runBackup } from './run-backup';

const when = (iso: string) => format(parseISO(iso), 'dd/MM/yyyy HH:mm');

/** Admin → Sao lưu: the folder, the first-time recovery key, "back up now" with progress, the folder's backups. */
export function BackupPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const state = useHostQuery(['backup'], () => host.backup.state(), []);
  const [folder, setFolder] = useState('');
  const [keep, setKeep] = useState(10);
  const [hasKey, setHasKey] = useState<boolean | null>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [listFolder, setListFolder] = useState<string | null>(null);

  useEffect(() => {
    void store.backup.key().then((k) => setHasKey(k !== null));
  }, [store]);
  useEffect(() => {
    if (state.data === undefined) return;
    if (state.data.lastFolder !== null) {
      setFolder((f) => (f === '' ? (state.data?.lastFolder ?? '') : f));
      setListFolder((f) => f ?? state.data?.lastFolder ?? null);
    }
    setKeep(state.data.keep);
  }, [state.data]);
  const list = useHostQuery(['backup'], () => host.backup.list({ folder: listFolder ?? '/' }), [listFolder], {
    enabled: listFolder !== null,
  });

  const enable = async () => {
    setMessage(null);
    try {
      await store.backup.createKey(recoveryKey);
      setRecoveryKey('');
      setHasKey(true);
      setMessage({ severity: 'success', text: t('backup.panel.enabled') });
    } catch (e) {
      setMessage({ severity: 'error', text: backupErrorText(t, e) });
    }
  };

  const backUp = async () => {
    setMessage(null);
    setProgress(0);
    try {
      const done = await runBackup(store, folder.trim(), keep, setProgress);
      setMessage({
        severity: 'success',
        text: t('backup.panel.done', { file: done.fileName, size: sizeText(done.size) }),
      });
      setListFolder(folder.trim());
      state.refresh();
      list.refresh();
    } catch (e) {
      setMessage({ severity: 'error', text: backupErrorText(t, e) });
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Box>
        <Typography component="h2" variant="h6">
          {t('backup.panel.title')}
        </Typography>
        <Typography color="text.secondary">{t('backup.panel.intro')}</Typography>
      </Box>
      {state.data !== undefined && (
        <Typography data-testid="backup-last">
          {state.data.lastAt === null
            ? t('backup.panel.never')
            : t('backup.panel.last', { date: when(state.data.lastAt), folder: state.data.lastFolder ?? '' })}
        </Typography>
      )}
      {hasKey === false && (
        <Stack spacing={2}>
          <Alert severity="info">{t('backup.panel.keyNeeded')}</Alert>
          <Stack direction="row" spacing={2}>
            <TextField
              label={t('backup.panel.recoveryKey')}
              value={recoveryKey}
              onChange={(e) => setRecoveryKey(e.target.value)}
              fullWidth
              autoComplete="off"
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
            <Button variant="contained" onClick={() => void enable()} disabled={recoveryKey.trim() === ''}>
              {t('backup.panel.enable')}
            </Button>
          </Stack>
        </Stack>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('backup.panel.folder')}
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
          fullWidth
          disabled={busy}
        />
        <TextField
          label={t('backup.panel.keep')}
          type="number"
          value={keep}
          onChange={(e) => setKeep(Math.max(1, Math.min(100, Number(e.target.value) || 1)))}
          sx={{ width: { sm: 220 } }}
          disabled={busy}
        />
      </Stack>
      <Box>
        <Button
          variant="contained"
          onClick={() => void backUp()}
          disabled={busy || hasKey !== true || folder.trim() === ''}
        >
          {t('backup.panel.run')}
        </Button>
      </Box>
      {busy && (
        <Box>
          <Typography variant="body2">
            {t('backup.panel.running', { percent: Math.round(progress * 100) })}
          </Typography>
          <LinearProgress variant="determinate" value={progress * 100} aria-label={t('backup.panel.run')} />
        </Box>
      )}
      {message !== null && (
        <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
      {listFolder !== null && (
        <Box>
          <Typography component="h3" variant="subtitle1" sx={{ mb: 1 }}>
            {t('backup.panel.listTitle')}
          </Typography>
          {list.data?.status === 'ok' && list.data.backups.length === 0 && (
            <Typography color="text.secondary">{t('backup.panel.listEmpty')}</Typography>
          )}
          {list.data?.status === 'failed' && (
            <Alert severity="warning">{t(`backup.problem.${list.data.problem}`)}</Alert>
          )}
          {list.data?.status === 'ok' && list.data.backups.length > 0 && (
            <Table size="small" aria-label={t('backup.panel.listTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('backup.panel.listDate')}</TableCell>
                  <TableCell>{t('backup.panel.listFile')}</TableCell>
                  <TableCell align="right">{t('backup.panel.listCases')}</TableCell>
                  <TableCell align="right">{t('backup.panel.listSize')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.backups.map((b) => (
                  <TableRow key={b.fileName}>
                    <TableCell>{when(b.manifest.createdAt)}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{b.fileName}</TableCell>
                    <TableCell align="right">{b.manifest.counts.cases ?? 0}</TableCell>
                    <TableCell align="right">{sizeText(b.size)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      )}
    </Stack>
  );
}
