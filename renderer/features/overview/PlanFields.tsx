import {
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../shared/model';
import { parseTarget } from './plan-targets';

/** A plan's period as two years ("Từ năm", "Đến năm"), told wrong together. */
export function PlanYears({
  from,
  to,
  bad,
  disabled,
  onFrom,
  onTo,
  children,
}: {
  from: string;
  to: string;
  bad: boolean;
  disabled?: boolean;
  onFrom: (text: string) => void;
  onTo: (text: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <TextField
        size="small"
        label={t('dashboard.plan.from')}
        value={from}
        disabled={disabled === true}
        error={bad}
        onChange={(e) => onFrom(e.target.value)}
      />
      <TextField
        size="small"
        label={t('dashboard.plan.to')}
        value={to}
        disabled={disabled === true}
        error={bad}
        helperText={bad ? t('dashboard.plan.invalidYears') : ' '}
        onChange={(e) => onTo(e.target.value)}
      />
      {children}
    </Stack>
  );
}

/** The targets of a plan's indicators, a row per indicator and a column per year, each editable. */
export function TargetGrid({
  indicators,
  years,
  value,
  onChange,
  disabled,
  corner,
}: {
  indicators: PlanRecord['indicators'];
  years: readonly number[];
  value: (code: string, year: number) => string;
  onChange: (code: string, year: number, text: string) => void;
  disabled?: boolean;
  /** The first header cell (what the rows are). */
  corner?: string;
}) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{corner}</TableCell>
            {years.map((y) => (
              <TableCell key={y} align="center">
                {y}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {indicators.map((ind) => (
            <TableRow key={ind.code}>
              <TableCell component="th" scope="row" title={ind.name}>
                {ind.code}
              </TableCell>
              {years.map((y) => {
                const text = value(ind.code, y);
                return (
                  <TableCell key={y} sx={{ p: 0.5 }}>
                    <TextField
                      size="small"
                      value={text}
                      disabled={disabled === true}
                      error={parseTarget(text) === 'bad'}
                      slotProps={{
                        htmlInput: {
                          inputMode: 'decimal',
                          'aria-label': t('dashboard.plan.targetFor', { code: ind.code, year: y }),
                        },
                      }}
                      onChange={(e) => onChange(ind.code, y, e.target.value)}
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
