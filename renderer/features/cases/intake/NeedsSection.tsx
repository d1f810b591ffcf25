import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NEEDS } from '../../../../shared/model';
import { useEnumOptions } from '../../../ui/enum-options';
import { useMessage } from '../../../ui/use-message';
import { IntakeSection } from './IntakeSection';
import type { IntakeFormState } from './use-intake-form';

export function NeedsSection({ state }: { state: IntakeFormState }) {
  const { t } = useTranslation();
  const message = useMessage();
  const needs = useEnumOptions('need', NEEDS);
  const errorKey = state.errorOf('needs');
  const toggle = (need: string, on: boolean) =>
    state.setForm((prev) => ({
      ...prev,
      needs: on ? [...prev.needs.filter((n) => n !== need), need] : prev.needs.filter((n) => n !== need),
    }));
  return (
    <IntakeSection id="needs" number={5} title={t('cases.intake.sections.needs')}>
      <FormControl component="fieldset" error={errorKey !== undefined} data-field="needs">
        <FormLabel component="legend">{t('cases.intake.fields.needs.label')}</FormLabel>
        <FormHelperText sx={{ mx: 0 }}>
          {errorKey === undefined ? t('cases.intake.fields.needs.help') : message(errorKey)}
        </FormHelperText>
        <FormGroup sx={{ display: 'grid', gridTemplateColumns: { sm: '1fr 1fr' }, mt: 1 }}>
          {needs.map((need) => (
            <FormControlLabel
              key={need.value}
              control={
                <Checkbox
                  checked={state.form.needs.includes(need.value)}
                  onChange={(event) => toggle(need.value, event.target.checked)}
                />
              }
              label={need.label}
            />
          ))}
        </FormGroup>
      </FormControl>
    </IntakeSection>
  );
}
