import {
  Alert,
  MenuItem,
  Paper,
  Snackbar,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRecord } from '../../../../shared/model';
import { LiveError } from '../../../ui/LiveError';
import { useErrorText } from '../../../ui/use-error-text';
import { useCanWrite, usePopulations, useUnits } from '../use-programme';
import { POPULATION_CATEGORIES, PopulationRow } from './PopulationRow';

const existedIn = (unit: UnitRecord, year: number) =>
  (unit.validFrom === null || unit.validFrom <= `${year}-12-31`) &&
  (unit.validTo === null || unit.validTo >= `${year}-01-01`);

/** Target populations: for a year, each unit that existed then, with its four counts and their source. */
export function PopulationsTab() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const units = useUnits();
  const populations = usePopulations(year);
  const canWrite = useCanWrite();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const rows = useMemo(() => (units.data ?? []).filter((unit) => existedIn(unit, year)), [units.data, year]);
  const years = Array.from({ length: thisYear - 2021 + 2 }, (_, i) => 2021 + i);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('programme.populations.intro')}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('programme.populations.year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 140 }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          {canWrite ? t('programme.populations.help') : t('programme.common.readOnly')}
        </Typography>
      </Stack>
      <LiveError error={units.error ?? populations.error} />
      {failure !== null && (
        <Alert severity="error" onClose={() => setFailure(null)}>
          {errorText(failure)}
        </Alert>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('programme.tabs.populations')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('programme.common.unit')}</TableCell>
              {POPULATION_CATEGORIES.map((category) => (
                <TableCell key={category} align="right">
                  {t(`store.enum.personCategory.${category}`)}
                </TableCell>
              ))}
              <TableCell sx={{ minWidth: 260 }}>{t('programme.populations.source')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {populations.data !== undefined &&
              rows.map((unit) => (
                <PopulationRow
                  key={`${unit.code}-${year}`}
                  unit={unit}
                  year={year}
                  records={populations.data?.filter((p) => p.unitCode === unit.code) ?? []}
                  canWrite={canWrite}
                  onSaved={(message) => {
                    setFailure(null);
                    setNotice(message);
                  }}
                  onFailure={setFailure}
                />
              ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Snackbar
        open={notice !== null}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        message={notice}
      />
    </Stack>
  );
}
