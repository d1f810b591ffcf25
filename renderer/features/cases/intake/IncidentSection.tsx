import { Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CONTEXTS } from '../../../../shared/model';
import { DateField } from '../../../ui/DateField';
import { useEnumOptions } from '../../../ui/enum-options';
import { SelectField } from '../../../ui/SelectField';
import type { UnitChoice } from '../use-office-units';
import { bind } from './bind';
import { GbvTypeField } from './GbvTypeField';
import { IntakeSection } from './IntakeSection';
import type { IntakeFormState } from './use-intake-form';

export function IncidentSection({ state, units }: { state: IntakeFormState; units: readonly UnitChoice[] }) {
  const { t } = useTranslation();
  const contexts = useEnumOptions('context', CONTEXTS);
  const unitOptions = units.map((u) => ({
    value: u.code,
    label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name} (${u.code})`,
  }));
  const type = bind(state, 'gbvType');
  return (
    <IntakeSection id="incident" number={1} title={t('cases.intake.sections.incident')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateField
            {...bind(state, 'reportDate')}
            label={t('cases.intake.fields.reportDate.label')}
            help={t('cases.intake.fields.reportDate.help')}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateField
            {...bind(state, 'incidentDate')}
            label={t('cases.intake.fields.incidentDate.label')}
            help={t('cases.intake.fields.incidentDate.help')}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            {...bind(state, 'incidentUnit')}
            options={unitOptions}
            label={t('cases.intake.fields.incidentUnit.label')}
            help={t('cases.intake.fields.incidentUnit.help')}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            {...bind(state, 'context')}
            options={contexts}
            label={t('cases.intake.fields.context.label')}
            help={t('cases.intake.fields.context.help')}
            required
          />
        </Grid>
        <Grid size={12}>
          <GbvTypeField
            value={type.value}
            onText={type.onText}
            onBlur={type.onBlur}
            errorKey={type.errorKey}
          />
        </Grid>
      </Grid>
    </IntakeSection>
  );
}
