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
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from './DataTable';
import { FilePicker } from './FilePicker';
import { ImportFileError } from './import-errors';
import { RowStatus } from './RowStatus';
import { useErrorText } from './use-error-text';
import { useMessage } from './use-message';

export type ImportPreview<R> = {
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowKey: (row: R) => string;
  /** Whether a row has an error (it is counted, and "only rows with errors" keeps it). */
  hasError: (row: R) => boolean;
  label: string;
  /** A heading before the counts. */
  heading?: string;
  /** What will be written, beside the counts. */
  summary?: ReactNode;
  /** Offer "only rows with errors" when some have one. */
  errorsFilter?: boolean;
  height?: number;
  estimate?: number;
  rowSx?: (row: R) => object;
};

/**
 * The one import dialog: choose a file (.xlsx or .csv) → check the column mapping → the preview,
 * every row with its errors → write. The feature says how to read the file, what the mapping and the
 * preview are and how to write; the wizard keeps the steps, the busy states and the failures, and
 * offers the write only when the feature says it can be done whole (`canWrite`).
 */
export function ImportWizard<R>({
  title,
  help,
  notice,
  maxWidth = 'lg',
  onFile,
  readingLabel,
  busy = false,
  mapping,
  problem,
  preview,
  beforeTable,
  afterTable,
  progress,
  submitLabel,
  canWrite,
  onWrite,
  failedText,
  onClose,
}: {
  title: string;
  help: string;
  notice?: ReactNode;
  maxWidth?: 'lg' | 'xl';
  /** Reads the chosen file into the feature's state; a thrown ImportFileError says why not. */
  onFile: (file: File) => Promise<void>;
  readingLabel: string;
  /** The feature is checking the rows (after a new file or mapping). */
  busy?: boolean;
  mapping?: ReactNode;
  /** Something that stops the preview (a failed check, missing columns). */
  problem?: ReactNode;
  preview: ImportPreview<R> | null;
  beforeTable?: ReactNode;
  afterTable?: ReactNode;
  /** The write's progress, when it reports one. */
  progress?: { done: number; total: number } | null;
  submitLabel: string;
  canWrite: boolean;
  onWrite: () => Promise<void>;
  /** The failed write's sentence around the failure's own. */
  failedText?: (message: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const [fileName, setFileName] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);

  const choose = async (file: File) => {
    setFailure(null);
    setFileName(file.name);
    setReading(true);
    try {
      await onFile(file);
    } catch (error) {
      setFailure(error instanceof ImportFileError ? message(error.key, error.values) : errorText(error));
    } finally {
      setReading(false);
    }
  };
  const write = async () => {
    setFailure(null);
    setWriting(true);
    try {
      await onWrite();
    } catch (error) {
      const text = errorText(error);
      setFailure(failedText === undefined ? text : failedText(text));
    } finally {
      setWriting(false);
    }
  };
  const invalid = preview === null ? 0 : preview.rows.filter(preview.hasError).length;
  const rows =
    preview === null ? [] : onlyErrors && invalid > 0 ? preview.rows.filter(preview.hasError) : preview.rows;
  const locked = writing || (progress !== null && progress !== undefined);

  return (
    <Dialog open onClose={locked || reading ? undefined : onClose} maxWidth={maxWidth} fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography color="text.secondary">{help}</Typography>
          {notice}
          <FilePicker fileName={fileName} onFile={(file) => void choose(file)} />
          {(reading || busy) && <LinearProgress aria-label={readingLabel} />}
          {failure !== null && <Alert severity="error">{failure}</Alert>}
          {problem}
          {mapping}
          {preview !== null && (
            <>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                {preview.heading !== undefined && (
                  <Typography variant="subtitle1">{preview.heading}</Typography>
                )}
                <RowStatus
                  ok
                  label={t('programme.import.rowsOk', { count: preview.rows.length - invalid })}
                />
                {invalid > 0 && (
                  <RowStatus ok={false} label={t('programme.import.rowsBad', { count: invalid })} />
                )}
                {preview.summary}
                {preview.errorsFilter === true && invalid > 0 && (
                  <FormControlLabel
                    control={
                      <Switch checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />
                    }
                    label={t('programme.import.onlyErrors')}
                  />
                )}
              </Stack>
              {beforeTable}
              <DataTable<R>
                label={preview.label}
                rows={rows}
                columns={preview.columns}
                rowKey={preview.rowKey}
                height={preview.height ?? 420}
                estimate={preview.estimate ?? 44}
                {...(preview.rowSx === undefined ? {} : { rowSx: preview.rowSx })}
              />
              {afterTable}
            </>
          )}
          {progress !== null && progress !== undefined && (
            <Stack spacing={0.5}>
              <LinearProgress
                variant="determinate"
                value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total}
                aria-label={t('programme.import.writing', progress)}
              />
              <Typography variant="body2">{t('programme.import.writing', progress)}</Typography>
            </Stack>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={locked || reading}>
          {t('programme.common.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={!canWrite || locked || reading || busy}
          onClick={() => void write()}
        >
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
