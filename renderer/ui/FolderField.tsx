import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../host/host';
import { FolderBrowser } from './FolderBrowser';

/**
 * A folder path: typed, or chosen with "Chọn thư mục…" — the OS dialog in Electron, main's own
 * folder browser in the web host (drives.pickFolder says which), so the button always does something.
 */
export function FolderField({
  label,
  helperText,
  value,
  onChange,
  purpose,
}: {
  label: string;
  helperText?: string;
  value: string;
  onChange: (path: string, chosen: boolean) => void;
  purpose: 'save' | 'open';
}) {
  const { t } = useTranslation();
  const [browsing, setBrowsing] = useState(false);
  const pick = async () => {
    const r = await host.drives.pickFolder({ purpose });
    if (r.ok && r.value.supported) {
      if (r.value.path !== null) onChange(r.value.path, true);
      return;
    }
    setBrowsing(true);
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label={label}
        {...(helperText === undefined ? {} : { helperText })}
        value={value}
        onChange={(e) => onChange(e.target.value, false)}
        sx={{ minWidth: 320 }}
      />
      <Button onClick={() => void pick()} sx={{ mt: 1, whiteSpace: 'nowrap' }}>
        {t('exchange.destination.pick')}
      </Button>
      {browsing && (
        <FolderBrowser
          open
          start={value.trim() === '' ? null : value.trim()}
          onClose={(path) => {
            setBrowsing(false);
            if (path !== null) onChange(path, true);
          }}
        />
      )}
    </Stack>
  );
}
