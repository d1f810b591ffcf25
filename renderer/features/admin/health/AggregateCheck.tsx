import {
  Alert,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsistencyReport, useSession, useStore } from '../../../db';
import { storeErrorText } from '../../../ui/store-error-text';

const SHOWN = 50;

/** Recomputes every counter from the records and lists the differences; administrators may rebuild. */
export function AggregateCheck() {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const [busy, setBusy] = useState<'check' | 'rebuild' | null>(null);
  const [report, setReport] = useState<ConsistencyReport | null>(null);
  const [rebuilt, setRebuilt] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (kind: 'check' | 'rebuild') => {
    setBusy(kind);
    setFailure(null);
    setRebuilt(null);
    try {
      if (kind === 'check') setReport(await store.aggregates.check());
      else {
        const result = await store.aggregates.rebuild();
        setRebuilt(result.differences.length);
        setReport(await store.aggregates.check());
      }
    } catch (error) {
      setFailure(storeErrorText(t, error));
    } finally {
      setBusy(null);
    }
  };
  const canRebuild = session?.permissions.has('store.maintain') === true;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h2">{t('admin.health.checkTitle')}</Typography>
          <Typography color="text.secondary">{t('admin.health.checkIntro')}</Typography>
          <Stack direction="row" spacing={2}>
            <Button
              variant="outlined"
              onClick={() => void run('check')}
              disabled={busy !== null}
              startIcon={busy === 'check' ? <CircularProgress size={18} /> : undefined}
            >
              {t(busy === 'check' ? 'admin.health.checking' : 'admin.health.check')}
            </Button>
            {canRebuild && report !== null && report.differences.length > 0 && (
              <Button
                variant="contained"
                onClick={() => void run('rebuild')}
                disabled={busy !== null}
                startIcon={busy === 'rebuild' ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {t(busy === 'rebuild' ? 'admin.health.rebuilding' : 'admin.health.rebuild')}
              </Button>
            )}
          </Stack>
          {failure !== null && <Alert severity="error">{failure}</Alert>}
          {rebuilt !== null && (
            <Alert severity="info" role="status">
              {t('admin.health.rebuilt', { count: rebuilt })}
            </Alert>
          )}
          {report !== null &&
            (report.differences.length === 0 ? (
              <Alert severity="success" role="status">
                {t('admin.health.clean', { rows: report.checkedRows, ms: Math.round(report.ms) })}
              </Alert>
            ) : (
              <>
                <Alert severity="warning" role="status">
                  {t('admin.health.differences', { count: report.differences.length })}
                </Alert>
                <Table size="small" aria-label={t('admin.health.diffTable')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('admin.health.diffKey')}</TableCell>
                      <TableCell align="right">{t('admin.health.diffStored')}</TableCell>
                      <TableCell align="right">{t('admin.health.diffExpected')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {report.differences.slice(0, SHOWN).map((d) => (
                      <TableRow key={`${d.key}|${d.counter}`}>
                        <TableCell sx={{ fontFamily: 'monospace' }}>
                          {d.key} · {d.counter}
                        </TableCell>
                        <TableCell align="right">{d.stored}</TableCell>
                        <TableCell align="right">{d.expected}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
