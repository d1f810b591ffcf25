import AddOutlined from '@mui/icons-material/AddOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRecord } from '../../../../shared/model';
import { LiveError } from '../../../ui/LiveError';
import { Notice } from '../../../ui/Notice';
import { useCanWrite, useUnits } from '../use-programme';
import { UnitDialog } from './UnitDialog';
import { UnitImportDialog } from './UnitImportDialog';
import { UnitTreeTable } from './UnitTreeTable';

/** Organisation units: the dated tree with its successor crosswalk; administrators edit and import. */
export function UnitsTab() {
  const { t } = useTranslation();
  const units = useUnits();
  const canEdit = useCanWrite('settings.manage');
  const [editing, setEditing] = useState<UnitRecord | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('programme.units.intro')}</Typography>
      <Notice message={notice} onClose={() => setNotice(null)} />
      {canEdit ? (
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing('new')}>
            {t('programme.units.add')}
          </Button>
          <Button variant="outlined" startIcon={<UploadFileOutlined />} onClick={() => setImporting(true)}>
            {t('programme.units.importButton')}
          </Button>
        </Stack>
      ) : (
        <Alert severity="info">{t('programme.units.adminOnly')}</Alert>
      )}
      <TextField
        size="small"
        type="search"
        label={t('programme.units.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        sx={{ maxWidth: 420 }}
        helperText={canEdit ? t('programme.units.openHint') : undefined}
      />
      <LiveError error={units.error} />
      {units.data !== undefined && (
        <UnitTreeTable
          units={units.data}
          query={query}
          onEdit={canEdit ? (unit) => setEditing(unit) : undefined}
        />
      )}
      {editing !== null && (
        <UnitDialog
          unit={editing === 'new' ? null : editing}
          units={units.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('programme.common.saved'));
          }}
        />
      )}
      {importing && (
        <UnitImportDialog
          units={units.data ?? []}
          onClose={() => setImporting(false)}
          onDone={(count) => {
            setImporting(false);
            setNotice(t('programme.units.importDialog.done', { count }));
          }}
        />
      )}
    </Stack>
  );
}
