import { Alert, Box, Button, CircularProgress, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentRef } from '../../../../shared/exchange/common';
import { host } from '../../../host/host';
import { formatBytes } from './format';
import { call, errorText } from './host-call';

type Mode = 'usb' | 'folder' | 'download' | 'mail';
type Drive = { path: string; label: string; freeBytes: number; totalBytes: number };
type Outcome = { severity: 'success' | 'error'; text: string } | null;

/**
 * Where a kept bundle goes: a USB stick (with free space), a folder (the OS dialog in Electron, a typed
 * path in the web host), a download, or the e-mail outbox. Each outcome is said in plain Vietnamese.
 */
export function DestinationPicker({ bundleRef }: { bundleRef: SentRef }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>('usb');
  const [drives, setDrives] = useState<Drive[] | null>(null);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [mailReady, setMailReady] = useState<boolean | null>(null);

  const loadDrives = useCallback(async () => {
    setDrives(null);
    const r = await host.drives.list();
    setDrives(r.ok ? r.value.drives : []);
  }, []);
  useEffect(() => {
    void loadDrives();
    void host.mail.getSettings().then((r) => setMailReady(r.ok && r.value !== null));
  }, [loadDrives]);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ severity: 'success', text: await action() });
    } catch (e) {
      setOutcome({ severity: 'error', text: t('exchange.destination.failed', { message: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };
  const saveTo = (to: 'drive' | 'folder', path: string) =>
    run(async () => {
      const saved = await call(host.bundles.saveTo({ ref: bundleRef, to, path }));
      return t('exchange.destination.saved', { path: saved.path });
    });
  const download = () =>
    run(async () => {
      const file = await call(host.bundles.download({ ref: bundleRef }));
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return t('exchange.destination.downloaded', { file: file.fileName });
    });
  const enqueue = () =>
    run(async () => {
      await call(host.mail.enqueue({ ref: bundleRef }));
      return t('exchange.destination.queued');
    });
  const pick = async () => {
    const r = await host.drives.pickFolder({ purpose: 'save' });
    if (r.ok && r.value.path !== null) setFolder(r.value.path);
  };

  return (
    <Box component="section" aria-label={t('exchange.destination.heading', { sequence: bundleRef.sequence })}>
      <Typography variant="h3" sx={{ mb: 1 }}>
        {t('exchange.destination.heading', { sequence: bundleRef.sequence })}
      </Typography>
      <Tabs value={mode} onChange={(_, v: Mode) => setMode(v)} sx={{ mb: 2 }}>
        <Tab value="usb" label={t('exchange.destination.usb')} />
        <Tab value="folder" label={t('exchange.destination.folder')} />
        <Tab value="download" label={t('exchange.destination.download')} />
        <Tab value="mail" label={t('exchange.destination.mail')} />
      </Tabs>
      {mode === 'usb' && (
        <Stack spacing={1}>
          {drives === null && <CircularProgress size={24} aria-hidden />}
          {drives?.length === 0 && <Alert severity="info">{t('exchange.destination.noDrives')}</Alert>}
          {drives?.map((d) => (
            <Stack key={d.path} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography sx={{ minWidth: 240 }}>
                <strong>{d.label}</strong> ({d.path}) —{' '}
                {t('exchange.destination.free', {
                  free: formatBytes(d.freeBytes, i18n.language),
                  total: formatBytes(d.totalBytes, i18n.language),
                })}
              </Typography>
              <Button variant="contained" disabled={busy} onClick={() => void saveTo('drive', d.path)}>
                {t('exchange.destination.saveToDrive')}
              </Button>
            </Stack>
          ))}
          <Box>
            <Button onClick={() => void loadDrives()}>{t('exchange.destination.refresh')}</Button>
          </Box>
        </Stack>
      )}
      {mode === 'folder' && (
        <Stack
          component="form"
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: 'flex-start' }}
          onSubmit={(e) => {
            e.preventDefault();
            if (folder.trim() !== '') void saveTo('folder', folder.trim());
          }}
        >
          <TextField
            label={t('exchange.destination.folderPath')}
            helperText={t('exchange.destination.folderHelp')}
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            sx={{ minWidth: 380 }}
          />
          <Button onClick={() => void pick()}>{t('exchange.destination.pick')}</Button>
          <Button type="submit" variant="contained" disabled={busy || folder.trim() === ''}>
            {t('exchange.destination.saveToFolder')}
          </Button>
        </Stack>
      )}
      {mode === 'download' && (
        <Button variant="contained" disabled={busy} onClick={() => void download()}>
          {t('exchange.destination.downloadButton')}
        </Button>
      )}
      {mode === 'mail' &&
        (mailReady === false ? (
          <Alert severity="info">{t('exchange.destination.noMailSettings')}</Alert>
        ) : (
          <Button variant="contained" disabled={busy || mailReady !== true} onClick={() => void enqueue()}>
            {t('exchange.destination.enqueue')}
          </Button>
        ))}
      {busy && <Typography sx={{ mt: 1 }}>{t('exchange.destination.working')}</Typography>}
      {outcome !== null && (
        <Alert
          severity={outcome.severity}
          sx={{ mt: 2 }}
          role={outcome.severity === 'error' ? 'alert' : 'status'}
        >
          {outcome.text}
        </Alert>
      )}
    </Box>
  );
}
