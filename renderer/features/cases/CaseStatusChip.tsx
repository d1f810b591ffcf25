import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A case's status in an icon and words, never by colour alone. */
export function StatusChip({
  status,
  deleted,
  size,
}: {
  status: 'open' | 'closed';
  deleted?: boolean;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation();
  if (deleted === true) {
    return (
      <Chip
        size={size ?? 'small'}
        icon={<DeleteOutlineOutlined />}
        label={t('cases.list.deleted')}
        variant="outlined"
      />
    );
  }
  return status === 'open' ? (
    <Chip
      size={size ?? 'small'}
      icon={<FolderOpenOutlined />}
      label={t('store.enum.status.open')}
      color="primary"
      variant="outlined"
    />
  ) : (
    <Chip
      size={size ?? 'small'}
      icon={<TaskAltOutlined />}
      label={t('store.enum.status.closed')}
      variant="outlined"
    />
  );
}
