import { TableCell, TableRow, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonCategory, TargetPopulationRecord, UnitRecord } from '../../../../shared/model';
import { useStore } from '../../../db';
import { useMessage } from '../../../ui/use-message';

export const POPULATION_CATEGORIES = [
  'official',
  'gender_equality_staff',
  'collaborator',
  'volunteer',
] as const satisfies readonly PersonCategory[];
type Category = (typeof POPULATION_CATEGORIES)[number];

/**
 * One unit's counts for a year: each cell saves on Enter or when left; an emptied cell removes the
 * number (no data, which the indicators show as such — never as zero). The source covers the row.
 */
export function PopulationRow({
  unit,
  year,
  records,
  canWrite,
  onSaved,
  onFailure,
}: {
  unit: UnitRecord;
  year: number;
  records: readonly TargetPopulationRecord[];
  canWrite: boolean;
  onSaved: (message: string) => void;
  onFailure: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const text = useMessage();
  const store = useStore();
  const recordOf = (category: Category) => records.find((r) => r.category === category);
  const stored = (category: Category) => {
    const count = recordOf(category)?.count;
    return count === undefined ? '' : String(count);
  };
  const storedSource = records.find((r) => r.source !== undefined)?.source ?? '';
  const [drafts, setDrafts] = useState<Record<Category, string>>({
    official: stored('official'),
    gender_equality_staff: stored('gender_equality_staff'),
    collaborator: stored('collaborator'),
    volunteer: stored('volunteer'),
  });
  const [source, setSource] = useState(storedSource);
  const [invalid, setInvalid] = useState<Partial<Record<Category, string>>>({});
  // When another write (or a second window) changes the row, show what is stored.
  const snapshot = [...POPULATION_CATEGORIES.map(stored), storedSource].join('\u0000');
  useEffect(() => {
    const [official = '', staff = '', collaborator = '', volunteer = '', text = ''] =
      snapshot.split('\u0000');
    setDrafts({ official, gender_equality_staff: staff, collaborator, volunteer });
    setSource(text);
  }, [snapshot]);

  const saveCell = async (category: Category) => {
    const value = drafts[category].trim().replace(/[.\s]/g, '');
    const existing = recordOf(category);
    if (value === stored(category)) return;
    if (value !== '' && !/^\d+$/.test(value)) {
      setInvalid((v) => ({ ...v, [category]: 'store.validation.notWholeNumber' }));
      return;
    }
    setInvalid((v) => ({ ...v, [category]: undefined }));
    try {
      if (value === '' && existing !== undefined) await store.populations.remove(existing.id, existing.rev);
      else if (existing !== undefined)
        await store.populations.update(
          existing.id,
          { count: Number(value), source: source || undefined },
          existing.rev,
        );
      else if (value !== '')
        await store.populations.create({
          unitCode: unit.code,
          year,
          category,
          count: Number(value),
          source: source || undefined,
        });
      onSaved(
        t('programme.populations.savedCell', {
          category: t(`store.enum.personCategory.${category}`),
          unit: unit.name,
        }),
      );
    } catch (error) {
      onFailure(error);
    }
  };
  const saveSource = async () => {
    if (source === storedSource) return;
    try {
      for (const record of records)
        await store.populations.update(record.id, { source: source || undefined }, record.rev);
      if (records.length > 0) onSaved(t('programme.common.saved'));
    } catch (error) {
      onFailure(error);
    }
  };
  const onEnter = (save: () => Promise<void>) => (event: { key: string }) => {
    if (event.key === 'Enter') void save();
  };
  return (
    <TableRow hover>
      <TableCell component="th" scope="row" sx={{ minWidth: 180 }}>
        {t(`programme.units.kindName.${unit.kind}`)} {unit.name}
      </TableCell>
      {POPULATION_CATEGORIES.map((category) => (
        <TableCell key={category} align="right">
          <TextField
            size="small"
            value={drafts[category]}
            disabled={!canWrite}
            placeholder={t('programme.populations.missing')}
            onChange={(e) => setDrafts((d) => ({ ...d, [category]: e.target.value }))}
            onBlur={() => void saveCell(category)}
            onKeyDown={onEnter(() => saveCell(category))}
            error={invalid[category] !== undefined}
            helperText={invalid[category] === undefined ? undefined : text(invalid[category] ?? '')}
            slotProps={{
              htmlInput: {
                inputMode: 'numeric',
                style: { textAlign: 'right' },
                'aria-label': t('programme.populations.cell', {
                  category: t(`store.enum.personCategory.${category}`),
                  unit: unit.name,
                }),
              },
            }}
            sx={{ width: 120 }}
          />
        </TableCell>
      ))}
      <TableCell>
        <TextField
          size="small"
          fullWidth
          value={source}
          disabled={!canWrite}
          placeholder={t('programme.populations.sourceHint')}
          onChange={(e) => setSource(e.target.value)}
          onBlur={() => void saveSource()}
          onKeyDown={onEnter(saveSource)}
          slotProps={{ htmlInput: { 'aria-label': `${t('programme.populations.source')} — ${unit.name}` } }}
        />
      </TableCell>
    </TableRow>
  );
}
