import { Alert } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRecord } from '../../../../shared/model';
import { useStore } from '../../../db';
import { ImportWizard } from '../../../ui/ImportWizard';
import { RowProblems } from '../../../ui/RowProblems';
import { RowStatus } from '../../../ui/RowStatus';
import { readSheetFile } from '../import/read-file';
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
  const store = useStore();
  const [preview, setPreview] = useState<UnitImportPreview | null>(null);
  const writes = useMemo(
    () =>
      (preview?.rows ?? []).flatMap((row) =>
        row.fields !== null && (row.action === 'create' || row.action === 'update')
          ? [{ fields: row.fields, action: row.action }]
          : [],
      ),
    [preview],
  );
  const columnLabel = (column: string) =>
    column in COLUMN_KEYS ? t(COLUMN_KEYS[column as keyof typeof COLUMN_KEYS]) : column;
  const missing = preview !== null && preview.missingColumns.length > 0;
  const ready = preview !== null && !missing && preview.invalid === 0;

  return (
    <ImportWizard<UnitImportRow>
      title={t('programme.units.importDialog.title')}
      help={t('programme.units.importDialog.help')}
      notice={<Alert severity="info">{t('programme.units.importDialog.rule')}</Alert>}
      readingLabel={t('programme.import.reading')}
      onFile={async (file) => {
        setPreview(null);
        setPreview(previewUnitImport(await readSheetFile(file), units));
      }}
      problem={
        missing && (
          <Alert severity="error">
            {t('programme.import.missingColumns', {
              columns: preview.missingColumns.map(columnLabel).join(', '),
            })}
          </Alert>
        )
      }
      preview={
        preview === null || missing
          ? null
          : {
              rows: preview.rows,
              rowKey: (row) => String(row.line),
              hasError: (row) => row.errors.length > 0,
              label: t('programme.units.importDialog.title'),
              errorsFilter: true,
              columns: [
                { key: 'line', header: '#', width: '64px', render: (row) => row.line },
                { key: 'code', header: t('programme.units.code'), width: '100px', render: (row) => row.code },
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
              ],
            }
      }
      beforeTable={
        preview !== null &&
        preview.invalid > 0 && <Alert severity="warning">{t('programme.import.nothingWritten')}</Alert>
      }
      submitLabel={t('programme.units.importDialog.submit', { count: writes.length })}
      canWrite={ready && writes.length > 0}
      onWrite={async () => {
        await store.units.writeMany(writes);
        onDone(writes.length);
      }}
      onClose={onClose}
    />
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
