import { Alert, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonCategory, TrainingEventRecord } from '../../../../shared/model';
import { useStore } from '../../../db';
import type { Column } from '../../../ui/DataTable';
import { ImportWizard } from '../../../ui/ImportWizard';
import { RowProblems } from '../../../ui/RowProblems';
import { RowStatus } from '../../../ui/RowStatus';
import { useErrorText } from '../../../ui/use-error-text';
import { useMessage } from '../../../ui/use-message';
import { findHeaderRow } from '../import/cells';
import { readSheetFile } from '../import/read-file';
import { useUnits } from '../use-programme';
import { useUnitNames } from '../use-unit-names';
import { ColumnMappingForm } from './ColumnMappingForm';
import { type ColumnMapping, candidateUnits, guessMapping, isParticipantHeader } from './participant-columns';
import {
  type ImportProgress,
  type ParticipantWrite,
  type PreviewRow,
  previewParticipants,
  writeParticipants,
} from './participant-import';
import type { MatchChoice } from './participant-matching';

/** Rows that name someone twice, or someone already at the training, are shown but not written. */
const skipped = (row: PreviewRow) => row.duplicateOf !== null || row.alreadyAttending;

type Sheet = { name: string; rows: string[][]; headerIndex: number };

/**
 * Import an attendance list: choose the file, check the column mapping, review every row (errors,
 * "new" or "matches someone registered", changeable per row), then write in batches with progress.
 */
export function ParticipantImportDialog({
  event,
  onClose,
  onDone,
}: {
  event: TrainingEventRecord;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const text = useMessage();
  const errorText = useErrorText();
  const store = useStore();
  const units = useUnits().data;
  const unitName = useUnitNames();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [defaultCategory, setDefaultCategory] = useState<PersonCategory>('official');
  const [preview, setPreview] = useState<PreviewRow[] | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, MatchChoice>>(new Map());
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const choose = async (file: File) => {
    setSheet(null);
    setPreview(null);
    const rows = await readSheetFile(file);
    const headerIndex = findHeaderRow(rows, isParticipantHeader);
    setSheet({ name: file.name, rows, headerIndex });
    setMapping(guessMapping(rows[headerIndex] ?? []));
    setChoices(new Map());
  };

  // Re-check the rows whenever the file, the mapping or the default category changes.
  useEffect(() => {
    if (sheet === null || mapping === null || units === undefined) return;
    let current = true;
    setChecking(true);
    previewParticipants(store, event.id, sheet.rows, sheet.headerIndex, mapping, {
      units: candidateUnits(units, event.unitCode, event.startDate),
      defaultUnit: event.unitCode,
      defaultCategory,
    })
      .then((rows) => {
        if (current) setPreview(rows);
      })
      .catch((error: unknown) => {
        if (current) setFailure(error);
      })
      .finally(() => {
        if (current) setChecking(false);
      });
    return () => {
      current = false;
    };
  }, [sheet, mapping, defaultCategory, units, store, event.id, event.unitCode, event.startDate]);

  const choiceOf = (row: PreviewRow): MatchChoice => choices.get(row.line) ?? row.match?.choice ?? 'new';
  const invalid = (preview ?? []).filter((row) => row.person === null).length;
  const writes = useMemo<ParticipantWrite[]>(
    () =>
      (preview ?? []).flatMap((row) =>
        row.person === null || skipped(row)
          ? []
          : [{ person: row.person, choice: choices.get(row.line) ?? row.match?.choice ?? 'new' }],
      ),
    [preview, choices],
  );
  const fresh = writes.filter((w) => w.choice === 'new').length;
  const canWrite = writes.length > 0 && (invalid === 0 || skipInvalid) && progress === null;

  const write = async () => {
    setProgress({ done: 0, total: writes.length });
    try {
      const result = await writeParticipants(store, event.id, writes, setProgress);
      onDone(t('programme.training.import.done', { created: result.created, attended: result.attended }));
    } finally {
      setProgress(null);
    }
  };
  const columnLabel = (column: string) => {
    const field = column === 'unitCode' ? 'unit' : column;
    return ['fullName', 'sex', 'birthYear', 'position', 'unit', 'category'].includes(field)
      ? text(`programme.training.person.${field}`)
      : column;
  };
  const matchCell = (row: PreviewRow) => {
    if (row.person === null) return <RowStatus ok={false} label={t('programme.import.error')} />;
    if (row.duplicateOf !== null)
      return (
        <Typography variant="body2">
          {t('programme.training.import.duplicateOf', { line: row.duplicateOf })}
        </Typography>
      );
    if (row.alreadyAttending)
      return <Typography variant="body2">{t('programme.training.import.attending')}</Typography>;
    const candidates = row.match?.candidates ?? [];
    return (
      <Stack spacing={0.5}>
        <TextField
          select
          size="small"
          fullWidth
          value={choiceOf(row)}
          onChange={(e) => setChoices((current) => new Map(current).set(row.line, e.target.value))}
          slotProps={{
            htmlInput: { 'aria-label': `${t('programme.training.import.match')} — ${row.fullName}` },
          }}
        >
          <MenuItem value="new">{t('programme.training.import.matchNew')}</MenuItem>
          {candidates.map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {t('programme.training.import.matchExisting', {
                name: person.fullName,
                unit: unitName(person.unitCode),
              })}
            </MenuItem>
          ))}
        </TextField>
        {row.match?.ambiguous === true && (
          <Typography variant="caption" color="warning.main">
            {t('programme.training.import.matchCheck')}
          </Typography>
        )}
      </Stack>
    );
  };

  const columns: Column<PreviewRow>[] = [
    { key: 'line', header: '#', width: '56px', render: (row) => row.line },
    {
      key: 'name',
      header: t('programme.training.person.fullName'),
      width: 'minmax(160px, 1.4fr)',
      render: (row) => row.fullName,
    },
    {
      key: 'sex',
      header: t('programme.training.person.sex'),
      width: '80px',
      render: (row) => (row.person === null ? '' : t(`store.enum.sex.${row.person.sex}`)),
    },
    {
      key: 'unit',
      header: t('programme.training.person.unit'),
      width: '130px',
      render: (row) => unitName(row.unitCode),
    },
    {
      key: 'category',
      header: t('programme.training.person.category'),
      width: 'minmax(130px, 1fr)',
      render: (row) => (row.person === null ? '' : t(`store.enum.personCategory.${row.person.category}`)),
    },
    {
      key: 'match',
      header: t('programme.training.import.match'),
      width: 'minmax(300px, 2fr)',
      render: matchCell,
    },
    {
      key: 'problems',
      header: t('programme.import.problems'),
      width: 'minmax(200px, 1.4fr)',
      render: (row) => <RowProblems errors={row.errors} warnings={row.warnings} columnLabel={columnLabel} />,
    },
  ];

  return (
    <ImportWizard<PreviewRow>
      title={t('programme.training.import.title')}
      help={t('programme.training.import.help')}
      maxWidth="xl"
      onFile={choose}
      readingLabel={t('programme.training.import.matching')}
      busy={checking}
      problem={failure !== null && <Alert severity="error">{errorText(failure)}</Alert>}
      mapping={
        sheet !== null &&
        mapping !== null && (
          <>
            <ColumnMappingForm
              headers={sheet.rows[sheet.headerIndex] ?? []}
              mapping={mapping}
              onMapping={setMapping}
              defaultCategory={defaultCategory}
              onDefaultCategory={setDefaultCategory}
            />
            <Typography variant="body2" color="text.secondary">
              {t('programme.training.import.defaultUnit', { unit: unitName(event.unitCode) })}
            </Typography>
          </>
        )
      }
      preview={
        preview === null
          ? null
          : {
              rows: preview,
              rowKey: (row) => String(row.line),
              hasError: (row) => row.person === null,
              label: t('programme.training.import.preview'),
              heading: t('programme.training.import.preview'),
              summary: (
                <Typography variant="body2">
                  {t('programme.training.import.summary', {
                    fresh,
                    existing: writes.length - fresh,
                    skipped: preview.length - writes.length,
                  })}
                </Typography>
              ),
              height: 400,
              estimate: 56,
              rowSx: (row) => (row.person === null ? { bgcolor: 'error.50' } : {}),
              columns,
            }
      }
      afterTable={
        invalid > 0 && (
          <Stack>
            <Alert severity="warning">{t('programme.training.import.mustSkip')}</Alert>
            <FormControlLabel
              control={<Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />}
              label={t('programme.training.import.skipInvalid', { count: invalid })}
            />
          </Stack>
        )
      }
      progress={progress}
      submitLabel={t('programme.training.import.submit', { count: writes.length })}
      canWrite={canWrite}
      onWrite={write}
      failedText={(message) => t('programme.training.import.failed', { message })}
      onClose={onClose}
    />
  );
}
