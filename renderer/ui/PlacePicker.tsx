import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { host } from '../host/host';
import { useHostQuery } from '../host/use-host-query';
import { FolderField } from './FolderField';

/**
 * Where to look for files main reads: a USB stick from the drive listing, or a folder (typed, or chosen
 * with main's folder dialog), and the one button that acts on it. Bundles, many bundles and update
 * releases are found the same way. `actOnChoice`: a drive picked or a folder chosen in the dialog acts at
 * once (looking is harmless); without it only the button does (importing is not).
 */
export function PlacePicker({
  driveLabel,
  folderLabel,
  action,
  onAct,
  actOnChoice,
  disabled = false,
}: {
  driveLabel: string;
  folderLabel: string;
  /** The button's text, and whether it is the page's main action. */
  action: { label: string; primary?: boolean };
  onAct: (path: string) => void;
  actOnChoice: boolean;
  disabled?: boolean;
}) {
  const drives = useHostQuery(['drives'], () => host.drives.list(), []).data?.drives ?? [];
  const [dir, setDir] = useState('');
  const choose = (path: string, chosen: boolean) => {
    setDir(path);
    if (chosen && actOnChoice && !disabled) onAct(path);
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
      {drives.length > 0 && (
        <TextField
          select
          label={driveLabel}
          value=""
          onChange={(e) => choose(e.target.value, true)}
          sx={{ minWidth: 220 }}
        >
          {drives.map((d) => (
            <MenuItem key={d.path} value={d.path}>
              {d.label} ({d.path})
            </MenuItem>
          ))}
        </TextField>
      )}
      <Stack
        component="form"
        direction="row"
        spacing={1}
        onSubmit={(e) => {
          e.preventDefault();
          if (dir.trim() !== '' && !disabled) onAct(dir.trim());
        }}
      >
        <FolderField purpose="open" label={folderLabel} value={dir} onChange={choose} />
        <Button
          type="submit"
          variant={action.primary === true ? 'contained' : 'outlined'}
          disabled={disabled || dir.trim() === ''}
          sx={{ mt: 1, whiteSpace: 'nowrap' }}
        >
          {action.label}
        </Button>
      </Stack>
    </Stack>
  );
}
