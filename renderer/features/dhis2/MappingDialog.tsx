import {
  Alert,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BREAKDOWN_DIMENSIONS,
  DHIS2_BREAKDOWNS,
  type Dhis2Mapping,
  dhis2MappingSchema,
  NOT_BROKEN_DOWN,
  orgUnitOf,
} from '../../../shared/dhis2';
import { useStore } from '../../db';
import { FormDialog } from '../../ui/FormDialog';
import { SHIPPED_CODES } from './export-input';

type Unit = { code: string; name: string };

/** The mapping as a form: one text per code; org units show the code in use (shipped or typed). */
function draftOf(mapping: Dhis2Mapping, units: readonly Unit[]): Dhis2Mapping {
  const orgUnits: Record<string, string | null> = {};
  for (const { code } of units) orgUnits[code] = orgUnitOf(code, mapping, SHIPPED_CODES).orgUnit;
  return structuredClone({ ...mapping, orgUnits: { ...mapping.orgUnits, ...orgUnits } });
}

/** Keeps only the org units whose code differs from what the shipped data would give. */
function overridesOf(draft: Dhis2Mapping): Dhis2Mapping['orgUnits'] {
  const out: Dhis2Mapping['orgUnits'] = {};
  for (const [code, value] of Object.entries(draft.orgUnits)) {
    const typed = value === null || value.trim() === '' ? null : value.trim();
    const shipped = SHIPPED_CODES.has(code) ? code : null;
    if (typed !== shipped) out[code] = typed;
  }
  return out;
}

export function MappingDialog({
  mapping,
  units,
  canEdit,
  onClose,
  onSaved,
}: {
  mapping: Dhis2Mapping;
  units: readonly Unit[];
  canEdit: boolean;
  onClose: () => void;
  /** The saved mapping, or null when the defaults were restored. */
  onSaved: (mapping: Dhis2Mapping | null) => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [draft, setDraft] = useState(() => draftOf(mapping, units));
  const [problems, setProblems] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<unknown>(null);
  // The labels of the wrong codes, gathered as the fields render, for the sum-up above them.
  const wrong: string[] = [];
  const edit = (change: (d: Dhis2Mapping) => void) => {
    const next = structuredClone(draft);
    change(next);
    setDraft(next);
  };
  const field = (
    path: string,
    label: string,
    value: string,
    change: (d: Dhis2Mapping, v: string) => void,
    summary = label,
  ) => {
    if (problems.has(path)) wrong.push(summary);
    return (
      <TextField
        key={path}
        size="small"
        label={label}
        value={value}
        disabled={!canEdit}
        error={problems.has(path)}
        helperText={problems.has(path) ? t('dhis2.mapping.invalid') : undefined}
        onChange={(event) => edit((d) => change(d, event.target.value))}
        slotProps={{ htmlInput: { 'data-path': path, spellCheck: false } }}
      />
    );
  };
  const persist = async (next: Dhis2Mapping | null) => {
    setFailure(null);
    try {
      await store.auth.updateSettings({ dhis2Mapping: next });
      onSaved(next);
    } catch (error) {
      setFailure(error);
    }
  };
  const save = () => {
    const parsed = dhis2MappingSchema.safeParse({ ...draft, orgUnits: overridesOf(draft) });
    if (!parsed.success) {
      setProblems(new Set(parsed.error.issues.map((i) => i.path.join('.'))));
      return;
    }
    setProblems(new Set());
    void persist(parsed.data);
  };

  const body = (
    <>
      <Typography color="text.secondary">{t('dhis2.mapping.intro')}</Typography>
      {!canEdit && <Alert severity="info">{t('dhis2.mapping.readOnly')}</Alert>}
      {field('dataSet', t('dhis2.mapping.dataSet'), draft.dataSet, (d, v) => {
        d.dataSet = v;
      })}
      {Object.entries(draft.indicators).map(([code, elements]) => (
        <Stack key={code} direction="row" spacing={1}>
          {field(
            `indicators.${code}.numerator`,
            t('dhis2.mapping.numerator', { code }),
            elements.numerator,
            (d, v) => {
              const e = d.indicators[code];
              if (e !== undefined) e.numerator = v;
            },
          )}
          {elements.denominator !== null &&
            field(
              `indicators.${code}.denominator`,
              t('dhis2.mapping.denominator', { code }),
              elements.denominator,
              (d, v) => {
                const e = d.indicators[code];
                if (e !== undefined) e.denominator = v;
              },
            )}
        </Stack>
      ))}
      {field('casesTotal', t('dhis2.mapping.casesTotal'), draft.casesTotal, (d, v) => {
        d.casesTotal = v;
      })}
      {BREAKDOWN_DIMENSIONS.map((dimension) => {
        const b = draft.breakdowns[dimension];
        return (
          <Stack key={dimension} spacing={1}>
            <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600 }}>
              {t(`dhis2.mapping.dimension.${dimension}`)}
            </Typography>
            <Stack direction="row" spacing={1}>
              {field(
                `breakdowns.${dimension}.dataElement`,
                t('dhis2.mapping.dataElement'),
                b.dataElement,
                (d, v) => {
                  d.breakdowns[dimension].dataElement = v;
                },
              )}
              {field(`breakdowns.${dimension}.category`, t('dhis2.mapping.category'), b.category, (d, v) => {
                d.breakdowns[dimension].category = v;
              })}
            </Stack>
            {[...DHIS2_BREAKDOWNS[dimension], NOT_BROKEN_DOWN].map((option) => {
              const o = b.options[option] ?? { categoryOption: '', categoryOptionCombo: '' };
              const base = `breakdowns.${dimension}.options.${option}`;
              // Age groups are their own label (0-11, 12-17, …).
              const label =
                option === NOT_BROKEN_DOWN
                  ? t('dhis2.mapping.none')
                  : dimension === 'age'
                    ? option
                    : t(`store.enum.${dimension === 'type' ? 'gbvType' : 'sex'}.${option}` as 'dhis2.nav');
              return (
                <Stack key={option} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography sx={{ minWidth: 180 }}>{label}</Typography>
                  {field(`${base}.categoryOption`, t('dhis2.mapping.option'), o.categoryOption, (d, v) => {
                    d.breakdowns[dimension].options[option] = { ...o, categoryOption: v };
                  })}
                  {field(
                    `${base}.categoryOptionCombo`,
                    t('dhis2.mapping.optionCombo'),
                    o.categoryOptionCombo,
                    (d, v) => {
                      d.breakdowns[dimension].options[option] = { ...o, categoryOptionCombo: v };
                    },
                  )}
                </Stack>
              );
            })}
          </Stack>
        );
      })}
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {t('dhis2.mapping.orgUnits')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('dhis2.preview.col.unit')}</TableCell>
            <TableCell>{t('dhis2.preview.col.orgUnit')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {units.map((u) => (
            <TableRow key={u.code}>
              <TableCell>{`${u.name} (${u.code})`}</TableCell>
              <TableCell>
                {field(
                  `orgUnits.${u.code}`,
                  t('dhis2.preview.col.orgUnit'),
                  draft.orgUnits[u.code] ?? '',
                  (d, v) => {
                    d.orgUnits[u.code] = v;
                  },
                  `${u.name} (${u.code})`,
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
  return (
    <FormDialog
      open
      title={t('dhis2.mapping.title')}
      onClose={onClose}
      onSubmit={canEdit ? save : undefined}
      failure={failure}
      problems={wrong}
      submitLabel={t('dhis2.mapping.save')}
      closeLabel={t('dhis2.mapping.close')}
      actions={canEdit && <Button onClick={() => void persist(null)}>{t('dhis2.mapping.reset')}</Button>}
      maxWidth="md"
    >
      {body}
    </FormDialog>
  );
}
