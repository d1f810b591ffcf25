import { Alert, Box, Button, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { format, parseISO } from 'date-fns';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { BackupListing } from '../../../shared/backup/backup-contract';
import { useStore } from '../../db';
import { host } from '../../host/host';
import { useHostQuery } from '../../host/use-host-query';
import { type Column, DataTable } from '../../ui/DataTable';
import { useForm } from '../../ui/use-form';
import { backupErrorText, sizeText } from './backup-text';
import { runBackup } from './run-backup';

const when = (iso: string) => format(parseISO(iso), 'dd/MM/yyyy HH:mm');

const required = z.string().trim().min(1, 'store.validation.required');
const keySchema = z.object({ recoveryKey: required });
/** Where and how many: the folder typed, and 1–100 backups kept there. */
const runSchema = z.object({
  folder: required,
  keep: z.coerce
    .number('store.validation.notWholeNumber')
    .int('store.validation.notWholeNumber')
    .min(1, 'store.validation.outOfRange')
    .max(100, 'store.validation.outOfRange'),
});

const onForm = (run: () => void) => (event: FormEvent) => {
  event.preventDefault();
  run();
};

/** Admin → Sao lưu: the folder, the first-time recovery key, "back up now" with progress, the folder's backups. */
export function BackupPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const state = useHostQuery(['backup'], () => host.backup.state(), []);
  const [hasKey, setHasKey] = useState<boolean | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [listFolder, setListFolder] = useState<string | null>(null);
  const keyForm = useForm({ recoveryKey: '' }, (text) => text, keySchema);
  const runForm = useForm({ folder: '', keep: '10' }, (text) => text, runSchema);
  const { reset } = runForm;
  const typedFolder = runForm.values.folder;
  // Read when main answers, not followed: only a new answer fills the fields, never the typing.
  const typed = useRef(typedFolder);
  typed.current = typedFolder;

  useEffect(() => {
    void store.backup.key().then((k) => setHasKey(k !== null));
  }, [store]);
  // Main's answer fills the folder (unless one is typed) and the number kept, after every backup too.
  const saved = state.data;
  useEffect(() => {
    if (saved === undefined) return;
    reset({
      folder: typed.current === '' ? (saved.lastFolder ?? '') : typed.current,
      keep: String(saved.keep),
    });
    if (saved.lastFolder !== null) setListFolder((f) => f ?? saved.lastFolder);
  }, [saved, reset]);
  const list = useHostQuery(['backup'], () => host.backup.list({ folder: listFolder ?? '/' }), [listFolder], {
    enabled: listFolder !== null,
  });

  const enable = () =>
    keyForm.submit(async ({ recoveryKey }) => {
      setMessage(null);
      try {
        await store.backup.createKey(recoveryKey);
        keyForm.reset({ recoveryKey: '' });
        setHasKey(true);
        setMessage({ severity: 'success', text: t('backup.panel.enabled') });
      } catch (e) {
        setMessage({ severity: 'error', text: backupErrorText(t, e) });
      }
    });

  const backUp = () =>
    runForm.submit(async ({ folder, keep }) => {
      setMessage(null);
      setProgress(0);
      try {
        const done = await runBackup(store, folder, keep, setProgress);
        setMessage({
          severity: 'success',
          text: t('backup.panel.done', { file: done.fileName, size: sizeText(done.size) }),
        });
        setListFolder(folder);
      } catch (e) {
        setMessage({ severity: 'error', text: backupErrorText(t, e) });
      } finally {
        setProgress(null);
      }
    });

  const busy = progress !== null;
  const columns: Column<BackupListing>[] = [
    {
      key: 'date',
      header: t('backup.panel.listDate'),
      width: '1fr',
      render: (b) => when(b.manifest.createdAt),
    },
    { key: 'file', header: t('backup.panel.listFile'), width: '2.4fr', render: (b) => b.fileName },
    {
      key: 'cases',
      header: t('backup.panel.listCases'),
      width: '0.8fr',
      align: 'right',
      render: (b) => b.manifest.counts.cases ?? 0,
    },
    {
      key: 'size',
      header: t('backup.panel.listSize'),
      width: '0.8fr',
      align: 'right',
      render: (b) => sizeText(b.size),
    },
  ];
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
        <Stack spacing={2} component="form" noValidate onSubmit={onForm(() => void enable())}>
          <Alert severity="info">{t('backup.panel.keyNeeded')}</Alert>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={t('backup.panel.recoveryKey')}
              {...keyForm.field('recoveryKey')}
              autoComplete="off"
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
            <Button
              type="submit"
              variant="contained"
              disabled={keyForm.busy || keyForm.values.recoveryKey.trim() === ''}
              sx={{ flexShrink: 0, mt: 1 }}
            >
              {t('backup.panel.enable')}
            </Button>
          </Stack>
        </Stack>
      )}
      <Stack spacing={3} component="form" noValidate onSubmit={onForm(() => void backUp())}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField label={t('backup.panel.folder')} {...runForm.field('folder')} disabled={busy} />
          <TextField
            label={t('backup.panel.keep')}
            type="number"
            {...runForm.field('keep')}
            fullWidth={false}
            sx={{ width: { sm: 220 }, flexShrink: 0 }}
            slotProps={{ htmlInput: { min: 1, max: 100 } }}
            disabled={busy}
          />
        </Stack>
        <Box>
          <Button
            type="submit"
            variant="contained"
            disabled={busy || hasKey !== true || typedFolder.trim() === ''}
          >
            {t('backup.panel.run')}
          </Button>
        </Box>
      </Stack>
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
            <DataTable
              rows={list.data.backups}
              columns={columns}
              rowKey={(b) => b.fileName}
              label={t('backup.panel.listTitle')}
              height={360}
            />
          )}
        </Box>
      )}
    </Stack>
  );
}
