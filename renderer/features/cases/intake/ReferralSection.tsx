import { Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { REFERRAL_SOURCES } from '../../../../shared/model';
import { useEnumOptions } from '../../../ui/enum-options';
import { RadioField } from '../../../ui/RadioField';
import { SelectField } from '../../../ui/SelectField';
import { bind } from './bind';
import { IntakeSection } from './IntakeSection';
import type { IntakeFormState } from './use-intake-form';

export function ReferralSection({ state }: { state: IntakeFormState }) {
  const { t } = useTranslation();
  const sources = useEnumOptions('referralSource', REFERRAL_SOURCES);
  const yesNo = [
    { value: 'yes', label: t('cases.yes') },
    { value: 'no', label: t('cases.no') },
  ];
  return (
    <IntakeSection id="referral" number={4} title={t('cases.intake.sections.referral')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            {...bind(state, 'referralSource')}
            options={sources}
            label={t('cases.intake.fields.referralSource.label')}
            help={t('cases.intake.fields.referralSource.help')}
            required
          />
        </Grid>
        <Grid size={12}>
          <RadioField
            {...bind(state, 'soughtHelpFromProvider')}
            label={t('cases.intake.fields.soughtHelp.label')}
            help={t('cases.intake.fields.soughtHelp.help')}
            options={yesNo}
            required
          />
        </Grid>
      </Grid>
    </IntakeSection>
  );
}
