import { TableCell, TableRow, TextField } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
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

const countText = (record: TargetPopulationRecord | undefined) =>
  record === undefined ? '' : String(record.count);
const sourceOf = (row: readonly TargetPopulationRecord[]) =>
  row.find((r) => r.source !== undefined)?.source ?? '';
const draftsOf = (row: readonly TargetPopulationRecord[]): Record<Category, string> => {
  const of = (category: Category) => countText(row.find((r) => r.category === category));
  return {
    official: of('official'),
    gender_equality_staff: of('gender_equality_staff'),
    collaborator: of('collaborator'),
    volunteer: of('volunteer'),
  };
};

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
  const stored = (category: Category) => countText(recordOf(category));
  const storedSource = sourceOf(records);
  const [drafts, setDrafts] = useState<Record<Category, string>>(() => draftsOf(records));
  const [source, setSource] = useState(storedSource);
  const [invalid, setInvalid] = useState<Partial<Record<Category, string>>>({});
  // When another write (or a second window) changes the row, show what is stored, except in a field
  // the officer has typed into and not saved: the refresh that follows a save of one cell used to
  // arrive while the next was being typed and wipe it.
  const snapshot = [...POPULATION_CATEGORIES.map(stored), storedSource].join('\u0000');
  const shown = useRef(snapshot);
  useEffect(() => {
    const before = shown.current.split('\u0000');
    const now = snapshot.split('\u0000');
    shown.current = snapshot;
    const follow = (draft: string, i: number) => (draft === before[i] ? (now[i] ?? '') : draft);
    setDrafts((d) => {
      const next = { ...d };
      POPULATION_CATEGORIES.forEach((category, i) => {
        next[category] = follow(d[category], i);
      });
      return next;
    });
    setSource((s) => follow(s, POPULATION_CATEGORIES.length));
  }, [snapshot]);

  // Saves run one at a time and read the row as stored, not as last rendered: Enter and then leaving
  // the cell must not create the same count twice, nor a source be written under a stale revision.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inTurn = (job: () => Promise<void>) => {
    const next = queue.current.then(job).catch(onFailure);
    queue.current = next;
    return next;
  };
  const storedRow = async () =>
    (await store.populations.list()).filter((p) => p.unitCode === unit.code && p.year === year);

  const saveCell = (category: Category) =>
    inTurn(async () => {
      const value = drafts[category].trim().replace(/[.\s]/g, '');
      const row = await storedRow();
      const existing = row.find((r) => r.category === category);
      if (value === countText(existing)) return;
      if (value !== '' && !/^\d+$/.test(value)) {
        setInvalid((v) => ({ ...v, [category]: 'store.validation.notWholeNumber' }));
        return;
      }
      setInvalid((v) => ({ ...v, [category]: undefined }));
      const rowSource = source || undefined;
      if (value === '' && existing !== undefined) await store.populations.remove(existing.id, existing.rev);
      else if (existing !== undefined)
        await store.populations.update(
          existing.id,
          { count: Number(value), source: rowSource },
          existing.rev,
        );
      else if (value !== '')
        await store.populations.create({
          unitCode: unit.code,
          year,
          category,
          count: Number(value),
          source: rowSource,
        });
      onSaved(
        t('programme.populations.savedCell', {
          category: t(`store.enum.personCategory.${category}`),
          unit: unit.name,
        }),
      );
    });
  const saveSource = () =>
    inTurn(async () => {
      const row = await storedRow();
      if (source === sourceOf(row)) return;
      for (const record of row)
        await store.populations.update(record.id, { source: source || undefined }, record.rev);
      // A source needs a count to sit on; it is written with the row's first one.
      onSaved(t(row.length > 0 ? 'programme.common.saved' : 'programme.populations.sourceWaits'));
    });
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
