import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Stack,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurvivorIdentity, todayIso } from '../../../../shared/model';
import { isStoreError, useSession, useStore } from '../../../db';
import { textFromIso } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';
import { download } from '../../../ui/xlsx';
import type { CaseRow } from './case-rows';
import { exportCases } from './export-cases';

/**
 * Exports exactly the rows on screen. Identity columns need the `case.identify` permission AND an
 * explicit confirmation; each identity read goes through the store's audited `reveal`.
 */
export function ExportDialog({
  open,
  rows,
  unitNames,
  onClose,
}: {
  open: boolean;
  rows: readonly CaseRow[];
  unitNames: ReadonlyMap<string, string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const session = useSession();
  const canIdentify = session?.can('case.identify') ?? false;
  const [withIdentity, setWithIdentity] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      let identities: Map<string, SurvivorIdentity> | null = null;
      if (withIdentity && confirmed && canIdentify) {
        identities = new Map();
        for (const row of rows) identities.set(row.id, await store.cases.reveal(row.id));
      }
      const col = (k: string) => message(`cases.list.columns.${k}`);
      const blob = await exportCases(
        rows,
        {
          sheet: t('cases.list.sheet'),
          headers: [
            col('caseCode'),
            col('reportDate'),
            col('gbvType'),
            col('unit'),
            col('status'),
            t('cases.view.survivor'),
            col('needs'),
            col('followUp'),
          ],
          identityHeaders: [
            t('cases.intake.fields.fullName.label'),
            t('cases.intake.fields.phone.label'),
            t('cases.intake.fields.address.label'),
            t('cases.intake.fields.birthYear.label'),
          ],
          cells: (row) => [
            row.caseCode,
            textFromIso(row.reportDate),
            message(`store.enum.gbvType.${row.gbvType}`),
            unitNames.get(row.incidentUnit) ?? row.incidentUnit,
            message(`store.enum.status.${row.status}`),
            `${message(`store.enum.sex.${row.sex}`)}, ${row.ageGroup}`,
            row.needsTotal === 0
              ? t('cases.list.noNeeds')
              : t('cases.list.needsMet', { met: row.needsTotal - row.needsUnmet, total: row.needsTotal }),
            row.nextContact === null ? '' : textFromIso(row.nextContact),
          ],
        },
        identities,
      );
      const file = `${t('cases.list.fileName')}-${todayIso()}.xlsx`;
      download(blob, file);
      setDone(t('cases.list.exported', { count: rows.length, file }));
    } catch (e) {
      if (isStoreError(e)) setError(e.messageKey);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setWithIdentity(false);
    setConfirmed(false);
    setDone(null);
    setError(null);
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} maxWidth="sm" fullWidth>
      <DialogTitle>{t('cases.list.exportTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('cases.list.exportBody', { count: rows.length })}</DialogContentText>
          {canIdentify && (
            <FormControlLabel
              control={
                <Checkbox checked={withIdentity} onChange={(e) => setWithIdentity(e.target.checked)} />
              }
              label={t('cases.list.exportIdentity')}
            />
          )}
          {canIdentify && withIdentity && (
            <Alert severity="warning">
              {t('cases.list.exportIdentityWarning')}
              <FormControlLabel
                sx={{ display: 'flex', mt: 1 }}
                control={<Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />}
                label={t('cases.list.exportConfirm')}
              />
            </Alert>
          )}
          {busy && <LinearProgress aria-label={t('cases.list.exporting')} />}
          {error !== null && <Alert severity="error">{message(error)}</Alert>}
          {done !== null && <Alert severity="success">{done}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('cases.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => void start()}
          disabled={busy || rows.length === 0 || (withIdentity && !confirmed)}
        >
          {busy ? t('cases.list.exporting') : t('cases.list.exportStart')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
