import { Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PERPETRATOR_AGE_GROUPS, PERPETRATOR_SEXES, RELATIONSHIPS } from '../../../../shared/model';
import { useEnumOptions } from '../../../ui/enum-options';
import { RadioField } from '../../../ui/RadioField';
import { SelectField } from '../../../ui/SelectField';
import { bind } from './bind';
import { IntakeSection } from './IntakeSection';
import type { IntakeFormState } from './use-intake-form';

export function PerpetratorSection({ state }: { state: IntakeFormState }) {
  const { t } = useTranslation();
  const relationships = useEnumOptions('relationship', RELATIONSHIPS);
  const sexes = useEnumOptions('sex', PERPETRATOR_SEXES);
  const ages = ageOptions(t('cases.intake.fields.perpetratorAge.unknown'));
  return (
    <IntakeSection id="perpetrator" number={3} title={t('cases.intake.sections.perpetrator')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            {...bind(state, 'perpetrator.relationship')}
            options={relationships}
            label={t('cases.intake.fields.relationship.label')}
            help={t('cases.intake.fields.relationship.help')}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            {...bind(state, 'perpetrator.ageGroup')}
            options={ages}
            label={t('cases.intake.fields.perpetratorAge.label')}
            help={t('cases.intake.fields.perpetratorAge.help')}
            required
          />
        </Grid>
        <Grid size={12}>
          <RadioField
            {...bind(state, 'perpetrator.sex')}
            label={t('cases.intake.fields.perpetratorSex.label')}
            options={sexes}
            required
          />
        </Grid>
      </Grid>
    </IntakeSection>
  );
}

/** Age groups read as they are ("26-40" → "26–40 tuổi"); "unknown" gets its word. */
function ageOptions(unknown: string) {
  return PERPETRATOR_AGE_GROUPS.map((group) => ({
    value: group,
    label: group === 'unknown' ? unknown : group.replace('-', '–'),
  }));
}
