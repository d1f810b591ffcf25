import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRecord } from '../../../../shared/model';
import { useStore } from '../../../db';
import { DataTable } from '../../../ui/DataTable';
import { FilePicker } from '../../../ui/FilePicker';
import { RowProblems } from '../../../ui/RowProblems';
import { RowStatus } from '../../../ui/RowStatus';
import { useErrorText } from '../../../ui/use-error-text';
import { useMessage } from '../../../ui/use-message';
import { ImportFileError, readSheetFile } from '../import/read-file';
import { previewUnitImport, type UnitImportPreview, type UnitImportRow } from './unit-import';

/**
 * Import a unit list: read, check every row against the file and the store, show the preview with
 * row-by-row errors, and write all rows in one transaction — only when no row has an error.
 */
export function UnitImportDialog({
  units,
  onClose,
  onDone,
}: {
  units: readonly UnitRecord[];
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const { t } = useTranslation();
  const text = useMessage();
  const errorText = useErrorText();
  const store = useStore();
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<UnitImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);

  const choose = async (file: File) => {
    setFileName(file.name);
    setPreview(null);
    setProblem(null);
    setBusy(true);
    try {
      setPreview(previewUnitImport(await readSheetFile(file), units));
    } catch (error) {
      setProblem(error instanceof ImportFileError ? text(error.key, error.values) : errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const writes = useMemo(
    () =>
      (preview?.rows ?? []).flatMap((row) =>
        row.fields !== null && (row.action === 'create' || row.action === 'update')
          ? [{ fields: row.fields, action: row.action }]
          : [],
      ),
    [preview],
  );
  const write = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await store.units.writeMany(writes);
      onDone(writes.length);
    } catch (error) {
      setProblem(errorText(error));
      setBusy(false);
    }
  };
  const columnLabel = (column: string) =>
    column in COLUMN_KEYS ? t(COLUMN_KEYS[column as keyof typeof COLUMN_KEYS]) : column;
  const rows = (preview?.rows ?? []).filter((row) => !onlyErrors || row.errors.length > 0);
  const ready = preview !== null && preview.missingColumns.length === 0 && preview.invalid === 0;

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="lg" fullWidth>
      <DialogTitle>{t('programme.units.importDialog.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography color="text.secondary">{t('programme.units.importDialog.help')}</Typography>
          <Alert severity="info">{t('programme.units.importDialog.rule')}</Alert>
          <FilePicker fileName={fileName} onFile={(file) => void choose(file)} />
          {busy && <LinearProgress aria-label={t('programme.import.reading')} />}
          {problem !== null && <Alert severity="error">{problem}</Alert>}
          {preview !== null && preview.missingColumns.length > 0 && (
            <Alert severity="error">
              {t('programme.import.missingColumns', {
                columns: preview.missingColumns.map(columnLabel).join(', '),
              })}
            </Alert>
          )}
          {preview !== null && preview.missingColumns.length === 0 && (
            <>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <RowStatus
                  ok
                  label={t('programme.import.rowsOk', { count: preview.rows.length - preview.invalid })}
                />
                {preview.invalid > 0 && (
                  <RowStatus ok={false} label={t('programme.import.rowsBad', { count: preview.invalid })} />
                )}
                {preview.invalid > 0 && (
                  <FormControlLabel
                    control={
                      <Switch checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />
                    }
                    label={t('programme.import.onlyErrors')}
                  />
                )}
              </Stack>
              {preview.invalid > 0 && (
                <Alert severity="warning">{t('programme.import.nothingWritten')}</Alert>
              )}
              <DataTable<UnitImportRow>
                label={t('programme.units.importDialog.title')}
                rows={rows}
                rowKey={(row) => String(row.line)}
                height={420}
                columns={[
                  { key: 'line', header: '#', width: '64px', render: (row) => row.line },
                  {
                    key: 'code',
                    header: t('programme.units.code'),
                    width: '100px',
                    render: (row) => row.code,
                  },
                  {
                    key: 'name',
                    header: t('programme.units.name'),
                    width: 'minmax(160px, 1fr)',
                    render: (row) => row.name,
                  },
                  {
                    key: 'status',
                    header: t('programme.import.status'),
                    width: '150px',
                    render: (row) =>
                      row.action === null ? (
                        <RowStatus ok={false} label={t('programme.import.error')} />
                      ) : (
                        <RowStatus ok label={t(`programme.units.importDialog.action.${row.action}`)} />
                      ),
                  },
                  {
                    key: 'problems',
                    header: t('programme.import.problems'),
                    width: 'minmax(240px, 2fr)',
                    render: (row) => <RowProblems errors={row.errors} columnLabel={columnLabel} />,
                  },
                ]}
              />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('programme.common.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={!ready || busy || writes.length === 0}
          onClick={() => void write()}
        >
          {t('programme.units.importDialog.submit', { count: writes.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

const COLUMN_KEYS = {
  code: 'programme.units.code',
  name: 'programme.units.name',
  level: 'programme.units.level',
  kind: 'programme.units.kind',
  parentCode: 'programme.units.parentCode',
  validFrom: 'programme.units.validFrom',
  validTo: 'programme.units.validTo',
  successorCodes: 'programme.units.successorCodes',
} as const;
