import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Button, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A keyboard-reachable "Choose file…" button over a hidden file input, with the chosen file's name. */
export function FilePicker({ fileName, onFile }: { fileName: string | null; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Button variant="outlined" component="label" htmlFor={id} startIcon={<UploadFileOutlined />}>
        {t('programme.import.chooseFile')}
        <input
          id={id}
          type="file"
          hidden
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) onFile(file);
          }}
        />
      </Button>
      <Typography color="text.secondary">{fileName ?? t('programme.import.fileTypes')}</Typography>
    </Stack>
  );
}
