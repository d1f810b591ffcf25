import { Alert, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../db';
import {
  importMany,
  type ManyRow,
  type ReceiptOutcome,
  receiptUnits,
  toFolder,
  toOutbox,
  writeReceipts,
} from '../../../exchange/import-many';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { DataTable } from '../../../ui/DataTable';
import { FolderField } from '../../../ui/FolderField';
import { PlacePicker } from '../../../ui/PlacePicker';
import { errorText } from '../../../ui/store-error-text';
import { useUnitName } from '../ui/use-unit-name';

/** A path is unique on the disk; the same upload twice gets its name and place in the summary. */
const rowKey = (row: ManyRow) =>
  row.source.from === 'path' ? row.source.path : `${row.name}#${row.sequence ?? ''}`;

type Stage =
  | { at: 'idle' }
  | { at: 'working'; done: number; total: number }
  | { at: 'done'; rows: ManyRow[] }
  | { at: 'failed'; error: unknown };

/**
 * Every bundle in a folder or on a USB stick (and its subfolders), of any office and kind, in one
 * action; one summary; then one action for all the receipts. The steps are renderer/exchange/import-many.ts.
 */
export function ImportMany() {
  const { t } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  const [stage, setStage] = useState<Stage>({ at: 'idle' });

  const run = async (path: string) => {
    setStage({ at: 'working', done: 0, total: 0 });
    try {
      const { files } = await call(host.drives.listBundles({ path }));
      setStage({ at: 'working', done: 0, total: files.length });
      const rows = await importMany(
        host,
        store,
        files.map((f) => ({ source: { from: 'path', path: f.path }, name: f.name })),
        { onProgress: (done, total) => setStage({ at: 'working', done, total }) },
      );
      setStage({ at: 'done', rows });
    } catch (error) {
      setStage({ at: 'failed', error });
    }
  };

  const result = (row: ManyRow) => {
    const o = row.outcome;
    if (o.status === 'rejected') return t('exchange.many.rejected', { reason: errorText(t, o.error) });
    return t(`exchange.many.${o.status}`);
  };
  const busy = stage.at === 'working';
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="import-many-heading">
      <Typography variant="h2" id="import-many-heading" sx={{ mb: 1 }}>
        {t('exchange.many.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('exchange.many.explain')}
      </Typography>
      <PlacePicker
        driveLabel={t('exchange.import.fromDrive')}
        folderLabel={t('exchange.many.folder')}
        action={{ label: t('exchange.many.importAll'), primary: true }}
        onAct={(path) => void run(path)}
        actOnChoice={false}
        disabled={busy}
      />
      {stage.at === 'working' && (
        <Stack sx={{ mt: 2 }} spacing={1}>
          <Typography>{t('exchange.many.progress', { done: stage.done, total: stage.total })}</Typography>
          <LinearProgress
            aria-label={t('exchange.many.progress', { done: stage.done, total: stage.total })}
            variant={stage.total === 0 ? 'indeterminate' : 'determinate'}
            value={stage.total === 0 ? 0 : (100 * stage.done) / stage.total}
          />
        </Stack>
      )}
      {stage.at === 'failed' && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {errorText(t, stage.error)}
        </Alert>
      )}
      {stage.at === 'done' && (
        <Stack spacing={2} sx={{ mt: 2 }}>
          <Alert severity="info" role="status">
            {t('exchange.many.summary', {
              total: stage.rows.length,
              imported: stage.rows.filter((r) => r.outcome.status === 'imported').length,
              known: stage.rows.filter((r) => r.outcome.status === 'known').length,
              rejected: stage.rows.filter((r) => r.outcome.status === 'rejected').length,
              pending: stage.rows.filter((r) => r.outcome.status === 'needsApproval').length,
            })}
          </Alert>
          <DataTable
            rows={stage.rows}
            rowKey={rowKey}
            label={t('exchange.many.tableLabel')}
            columns={[
              { key: 'file', header: t('exchange.many.file'), width: '1.6fr', render: (row) => row.name },
              {
                key: 'kind',
                header: t('exchange.many.kind'),
                width: '0.8fr',
                render: (row) => (row.kind === null ? '—' : t(`exchange.kinds.${row.kind}`)),
              },
              {
                key: 'unit',
                header: t('exchange.board.unit'),
                width: '1fr',
                render: (row) => (row.senderUnit === null ? '—' : unitName(row.senderUnit)),
              },
              {
                key: 'sequence',
                header: t('exchange.many.sequence'),
                width: '0.6fr',
                render: (row) => row.sequence ?? '—',
              },
              { key: 'result', header: t('exchange.many.result'), width: '2fr', render: result },
            ]}
          />
          <ReceiptsForAll units={receiptUnits(stage.rows)} />
        </Stack>
      )}
    </Paper>
  );
}

/** One action: a signed receipt for every office that sent data, to one folder or into the outbox. */
function ReceiptsForAll({ units }: { units: string[] }) {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ReceiptOutcome[] | null>(null);
  const mail = useHostQuery(['mail'], () => host.mail.getSettings(), []).data ?? null;
  if (units.length === 0) return null;
  const write = async (deliver: Parameters<typeof writeReceipts>[2]) => {
    setBusy(true);
    try {
      setDone(await writeReceipts(host, units, deliver));
    } finally {
      setBusy(false);
    }
  };
  const failed = done?.filter((d) => d.error !== null) ?? [];
  return (
    <Stack spacing={2} component="section" aria-label={t('exchange.many.receiptsHeading')}>
      <Typography variant="h3">{t('exchange.many.receiptsHeading')}</Typography>
      <Typography color="text.secondary">
        {t('exchange.many.receiptsExplain', { count: units.length })}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <FolderField
          purpose="save"
          label={t('exchange.many.receiptsFolder')}
          value={dir}
          onChange={(path) => setDir(path)}
        />
        <Button
          variant="contained"
          disabled={busy || dir.trim() === ''}
          onClick={() => void write(toFolder(host, 'folder', dir.trim()))}
          sx={{ mt: 1, whiteSpace: 'nowrap' }}
        >
          {t('exchange.many.writeReceipts', { count: units.length })}
        </Button>
        {mail !== null && (
          <Button
            variant="outlined"
            disabled={busy}
            onClick={() => void write(toOutbox(host))}
            sx={{ mt: 1, whiteSpace: 'nowrap' }}
          >
            {t('exchange.many.queueReceipts', { count: units.length })}
          </Button>
        )}
      </Stack>
      {done !== null && failed.length === 0 && (
        <Alert severity="success" role="status">
          {t('exchange.many.receiptsDone', { count: done.length })}
        </Alert>
      )}
      {failed.map((f) => (
        <Alert key={f.unit} severity="error" role="alert">
          {t('exchange.many.receiptFailed', { unit: unitName(f.unit), reason: errorText(t, f.error) })}
        </Alert>
      ))}
    </Stack>
  );
}
