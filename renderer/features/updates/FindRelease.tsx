import { Alert, Button, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FoundRelease } from '../../../shared/update/update-contract';
import { host } from '../../host/host';
import { useHostQuery } from '../../host/use-host-query';
import { PlacePicker } from '../../ui/PlacePicker';
import { errorText } from '../../ui/store-error-text';
import { refusalText, sizeText } from './refusal-text';

/** A release folder on a USB stick (the drive listing), a chosen folder or a LAN share, each one verified by main. */
export function FindRelease({ onUse, busy }: { onUse: (folder: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [lookAt, setLookAt] = useState<string | null>(null);
  const found = useHostQuery(['updates'], () => host.updates.scan({ path: lookAt ?? '' }), [lookAt], {
    enabled: lookAt !== null,
  });
  const look = (path: string) => (path === lookAt ? found.refresh() : setLookAt(path));
  return (
    <Stack spacing={2}>
      <PlacePicker
        driveLabel={t('updates.find.drive')}
        folderLabel={t('updates.find.folder')}
        action={{ label: t('updates.find.look') }}
        onAct={look}
        actOnChoice
      />
      {found.error !== null && <Alert severity="error">{errorText(t, found.error)}</Alert>}
      {found.data !== undefined && found.data.found.length === 0 && (
        <Alert severity="info">{t('updates.find.none')}</Alert>
      )}
      {found.data !== undefined && found.data.found.length > 0 && (
        <List dense aria-label={t('updates.find.look')}>
          {found.data.found.map((f) => (
            <FoundItem key={f.folder} found={f} onUse={onUse} busy={busy} />
          ))}
        </List>
      )}
    </Stack>
  );
}

function FoundItem({
  found,
  onUse,
  busy,
}: {
  found: FoundRelease;
  onUse: (folder: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const r = found.result;
  return (
    <ListItem
      secondaryAction={
        r.status === 'ok' && (
          <Button variant="contained" onClick={() => onUse(found.folder)} disabled={busy}>
            {t('updates.find.use')}
          </Button>
        )
      }
    >
      <ListItemText
        primary={
          r.status === 'ok'
            ? t('updates.release.verified', {
                version: r.release.version,
                keyId: r.release.signedBy.keyId,
                size: sizeText(r.release.size),
              })
            : refusalText(t, r)
        }
        secondary={found.folder}
        slotProps={{ primary: { color: r.status === 'ok' ? 'text.primary' : 'error' } }}
      />
    </ListItem>
  );
}
