import { Alert, Box, Button, CircularProgress, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleKind } from '../../../../shared/bundle/manifest';
import type { SentRef } from '../../../../shared/exchange/common';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { FolderField } from '../../../ui/FolderField';
import { errorText } from '../../../ui/store-error-text';
import { formatBytes } from './format';
import { useUnitName } from './use-unit-name';

type Mode = 'usb' | 'folder' | 'download' | 'mail';
type Outcome = { severity: 'success' | 'error'; text: string } | null;

type PickerProps = {
  bundleRef: SentRef;
  kind: BundleKind;
  /** The office's own name from its key, where this store's unit list does not know it. */
  recipientName?: string | undefined;
  /** The heading's id, for a dialog that shows the picker to be named by it. */
  headingId?: string;
};

/**
 * Where a kept bundle goes: a USB stick (with free space), a folder (typed, the OS dialog in Electron,
 * main's folder browser in the web host), a download, or the e-mail outbox. Each outcome is said in
 * plain words, in the UI's language. One picker per bundle: the next bundle made on the same page (the
 * next office's config on the keys page) gets a fresh one, never the "saved" of the one before.
 */
export function DestinationPicker(props: PickerProps) {
  return <BundlePicker key={`${props.bundleRef.recipientUnit}#${props.bundleRef.sequence}`} {...props} />;
}

function BundlePicker({ bundleRef, kind, recipientName, headingId }: PickerProps) {
  const { t, i18n } = useTranslation();
  const unitName = useUnitName();
  // Names what and for whom, so a config bundle made from a row of offices says which office it is for.
  const heading = t('exchange.destination.heading', {
    kind: t(`exchange.kinds.${kind}`).toLocaleLowerCase(i18n.language),
    sequence: bundleRef.sequence,
    unit: recipientName ?? unitName(bundleRef.recipientUnit),
  });
  const [mode, setMode] = useState<Mode>('usb');
  const drives = useHostQuery(['drives'], () => host.drives.list(), []);
  const mail = useHostQuery(['mail'], () => host.mail.getSettings(), []);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const mailReady = mail.data === undefined ? null : mail.data !== null;

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ severity: 'success', text: await action() });
    } catch (e) {
      setOutcome({ severity: 'error', text: t('exchange.destination.failed', { message: errorText(t, e) }) });
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

  return (
    <Box component="section" aria-label={heading}>
      <Typography variant="h3" sx={{ mb: 1 }} {...(headingId === undefined ? {} : { id: headingId })}>
        {heading}
      </Typography>
      <Tabs value={mode} onChange={(_, v: Mode) => setMode(v)} sx={{ mb: 2 }}>
        <Tab value="usb" label={t('exchange.destination.usb')} />
        <Tab value="folder" label={t('exchange.destination.folder')} />
        <Tab value="download" label={t('exchange.destination.download')} />
        <Tab value="mail" label={t('exchange.destination.mail')} />
      </Tabs>
      {mode === 'usb' && (
        <Stack spacing={1}>
          {drives.isLoading && drives.data === undefined && <CircularProgress size={24} aria-hidden />}
          {drives.error !== null && (
            <Alert severity="error" role="alert">
              {errorText(t, drives.error)}
            </Alert>
          )}
          {drives.data?.drives.length === 0 && (
            <Alert severity="info">{t('exchange.destination.noDrives')}</Alert>
          )}
          {drives.data?.drives.map((d) => (
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
            <Button onClick={drives.refresh}>{t('exchange.destination.refresh')}</Button>
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
          <FolderField
            purpose="save"
            label={t('exchange.destination.folderPath')}
            helperText={t('exchange.destination.folderHelp')}
            value={folder}
            onChange={(path) => setFolder(path)}
          />
          <Button
            type="submit"
            variant="contained"
            disabled={busy || folder.trim() === ''}
            sx={{ mt: 1, whiteSpace: 'nowrap' }}
          >
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
        (mail.error !== null ? (
          <Alert severity="error" role="alert">
            {errorText(t, mail.error)}
          </Alert>
        ) : mailReady === false ? (
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
