import LockOutlined from '@mui/icons-material/LockOutlined';
import { Alert, Divider, Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NARRATIVE_MAX, SEXES, V, YES_NO_UNKNOWN } from '../../../../shared/model';
import { useEnumOptions } from '../../../ui/enum-options';
import { FormTextField } from '../../../ui/FormTextField';
import { RadioField } from '../../../ui/RadioField';
import { bind } from './bind';
import { IntakeSection } from './IntakeSection';
import { ageGroupText } from './intake-form';
import type { IntakeFormState } from './use-intake-form';

/** Who the survivor is: identifying fields (sealed in the vault) for permitted roles, then the profile. */
export function SurvivorSection({ state, canIdentify }: { state: IntakeFormState; canIdentify: boolean }) {
  const { t } = useTranslation();
  const sexes = useEnumOptions('sex', SEXES);
  const yesNo = useEnumOptions('yesNo', YES_NO_UNKNOWN);
  const group = ageGroupText(state.form.survivor.age);
  const narrative = state.form.identity.narrative;
  const narrativeField = bind(state, 'identity.narrative');
  const f = (name: 'fullName' | 'phone' | 'address' | 'idNumber' | 'birthYear') => ({
    label: t(`cases.intake.fields.${name}.label`),
    help: t(`cases.intake.fields.${name}.help`),
  });
  return (
    <IntakeSection id="survivor" number={2} title={t('cases.intake.sections.survivor')}>
      <Grid container spacing={2}>
        {canIdentify && (
          <>
            <Grid size={12}>
              <Alert severity="info" icon={<LockOutlined />} sx={{ py: 0 }}>
                {t('cases.intake.sectionHelp.identity')}
              </Alert>
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormTextField
                {...bind(state, 'identity.fullName')}
                {...f('fullName')}
                required
                autoComplete="off"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormTextField
                {...bind(state, 'identity.phone')}
                {...f('phone')}
                autoComplete="off"
                slotProps={{ htmlInput: { inputMode: 'tel' } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 3 }}>
              <FormTextField
                {...bind(state, 'identity.birthYear')}
                {...f('birthYear')}
                autoComplete="off"
                slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 3 }}>
              <FormTextField {...bind(state, 'identity.idNumber')} {...f('idNumber')} autoComplete="off" />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormTextField {...bind(state, 'identity.address')} {...f('address')} autoComplete="off" />
            </Grid>
            <Grid size={12}>
              <FormTextField
                {...narrativeField}
                // Too long: the message says the limit and by how much, not just "too long".
                {...(narrativeField.errorKey === V.tooLong
                  ? {
                      errorKey: 'cases.intake.fields.narrative.tooLong',
                      errorValues: {
                        max: NARRATIVE_MAX.toLocaleString('vi-VN'),
                        length: narrative.length.toLocaleString('vi-VN'),
                        over: (narrative.length - NARRATIVE_MAX).toLocaleString('vi-VN'),
                      },
                    }
                  : {})}
                label={t('cases.intake.fields.narrative.label')}
                help={`${t('cases.intake.fields.narrative.help')} (${narrative.length.toLocaleString('vi-VN')}/${NARRATIVE_MAX.toLocaleString('vi-VN')})`}
                multiline
                minRows={3}
                maxRows={10}
                autoComplete="off"
              />
            </Grid>
            <Grid size={12}>
              <Divider />
            </Grid>
          </>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <RadioField
            {...bind(state, 'survivor.sex')}
            label={t('cases.intake.fields.sex.label')}
            options={sexes}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            {...bind(state, 'survivor.age')}
            label={t('cases.intake.fields.age.label')}
            help={
              group === null
                ? t('cases.intake.fields.age.help')
                : t('cases.intake.fields.age.group', { group })
            }
            required
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <RadioField
            {...bind(state, 'survivor.disability')}
            label={t('cases.intake.fields.disability.label')}
            options={yesNo}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            {...bind(state, 'survivor.ethnicity')}
            label={t('cases.intake.fields.ethnicity.label')}
            help={t('cases.intake.fields.ethnicity.help')}
          />
        </Grid>
      </Grid>
    </IntakeSection>
  );
}
