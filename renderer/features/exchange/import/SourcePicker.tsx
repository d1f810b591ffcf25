import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleSource } from '../../../../shared/exchange/common';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { PlacePicker } from '../../../ui/PlacePicker';
import { errorText } from '../../../ui/store-error-text';
import { formatBytes } from '../ui/format';
import { toBase64 } from './bundle-kind';

export type PickedBundle = { source: BundleSource; fileName: string; bytes: Uint8Array | null };

/** A bundle file from a USB stick, a folder, the file dialog, or dropped on the page. */
export function SourcePicker({
  onPick,
  disabled,
}: {
  onPick: (picked: PickedBundle) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [lookAt, setLookAt] = useState<string | null>(null);
  const listed = useHostQuery(['drives'], () => host.drives.listBundles({ path: lookAt ?? '' }), [lookAt], {
    enabled: lookAt !== null,
  });
  const [dragging, setDragging] = useState(false);
  const look = (path: string) => {
    if (path === lookAt) listed.refresh();
    else setLookAt(path);
  };
  const upload = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    onPick({
      source: { from: 'upload', fileName: file.name, base64: toBase64(bytes) },
      fileName: file.name,
      bytes,
    });
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file !== undefined && !disabled) void upload(file);
  };
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <PlacePicker
          driveLabel={t('exchange.import.fromDrive')}
          folderLabel={t('exchange.import.fromFolder')}
          action={{ label: t('exchange.import.look') }}
          onAct={look}
          actOnChoice
        />
        <Button component="label" variant="outlined" startIcon={<UploadFileOutlined />} disabled={disabled}>
          {t('exchange.import.fromFile')}
          <input
            hidden
            type="file"
            accept=".zip,application/zip"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file !== undefined) void upload(file);
            }}
          />
        </Button>
      </Stack>
      <Box
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          borderRadius: 2,
          p: 3,
          textAlign: 'center',
          color: 'text.secondary',
        }}
      >
        {t('exchange.import.drop')}
      </Box>
      {listed.error !== null && (
        <Alert severity="error" role="alert">
          {errorText(t, listed.error)}
        </Alert>
      )}
      {listed.data !== undefined &&
        (listed.data.files.length === 0 ? (
          <Typography>{t('exchange.import.noBundles')}</Typography>
        ) : (
          <List dense aria-label={t('exchange.import.look')}>
            {listed.data.files.map((f) => (
              <ListItem
                key={f.path}
                secondaryAction={
                  <Button
                    disabled={disabled}
                    onClick={() =>
                      onPick({ source: { from: 'path', path: f.path }, fileName: f.name, bytes: null })
                    }
                  >
                    {t('exchange.import.open')}
                  </Button>
                }
              >
                <ListItemText primary={f.name} secondary={formatBytes(f.size, i18n.language)} />
              </ListItem>
            ))}
          </List>
        ))}
    </Stack>
  );
}
