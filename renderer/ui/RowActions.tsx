import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { IconButton, Stack, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A row's "Sửa" and "Xoá" buttons, named after the record so a screen reader says which. */
export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const edit = t('programme.common.editNamed', { name });
  const remove = t('programme.common.deleteNamed', { name });
  return (
    <Stack direction="row" spacing={0.5}>
      <Tooltip title={edit}>
        <IconButton size="small" aria-label={edit} onClick={onEdit}>
          <EditOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={remove}>
        <IconButton size="small" aria-label={remove} onClick={onDelete} color="error">
          <DeleteOutlineOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
