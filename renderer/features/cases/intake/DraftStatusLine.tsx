import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import LockClockOutlined from '@mui/icons-material/LockClockOutlined';
import { Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { timeAndDay } from '../../../ui/dates';
import type { DraftStatus } from './draft-saver';

/** Where the draft stands, in words and an icon; announced politely to screen readers. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  let icon: ReactElement | null = null;
  let text = '';
  switch (status.state) {
    case 'idle':
      break;
    case 'dirty':
    case 'saving':
      icon = <EditNoteOutlined fontSize="small" />;
      text = t('cases.intake.draft.saving');
      break;
    case 'saved':
      icon = <CloudDoneOutlined fontSize="small" color="success" />;
      text = t('cases.intake.draft.saved', { time: timeAndDay(status.at).time });
      break;
    case 'failed':
      icon = <ErrorOutlineOutlined fontSize="small" color="error" />;
      text = t('cases.intake.draft.failed');
      break;
    case 'waitingForUnlock':
      icon = <LockClockOutlined fontSize="small" color="warning" />;
      text = t('cases.intake.draft.pendingLock');
      break;
  }
  return (
    <Stack
      direction="row"
      spacing={1}
      role="status"
      aria-live="polite"
      sx={{ minHeight: 24, alignItems: 'center' }}
    >
      {icon}
      <Typography variant="body2" color="text.secondary" data-testid="draft-status">
        {text}
      </Typography>
    </Stack>
  );
}
