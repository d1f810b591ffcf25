import { Checkbox, FormControlLabel, FormGroup, FormHelperText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { IntakeSection } from './IntakeSection';
import type { IntakeForm } from './intake-form';
import type { IntakeFormState } from './use-intake-form';

type ConsentKey = keyof IntakeForm['consent'];
const LABELS = {
  services: 'consentServices',
  referral: 'consentReferral',
  deidentifiedReporting: 'consentReporting',
} as const;

/** Consent is asked, not assumed: every box starts unticked. */
export function ConsentSection({ state }: { state: IntakeFormState }) {
  const { t } = useTranslation();
  const set = (key: ConsentKey, on: boolean) =>
    state.setForm((prev) => ({ ...prev, consent: { ...prev.consent, [key]: on } }));
  return (
    <IntakeSection id="consent" number={6} title={t('cases.intake.sections.consent')}>
      <FormGroup>
        {(Object.keys(LABELS) as ConsentKey[]).map((key) => (
          <FormControlLabel
            key={key}
            control={
              <Checkbox checked={state.form.consent[key]} onChange={(e) => set(key, e.target.checked)} />
            }
            label={t(`cases.intake.fields.${LABELS[key]}.label`)}
          />
        ))}
        <FormHelperText>{t('cases.intake.fields.consentReporting.help')}</FormHelperText>
      </FormGroup>
    </IntakeSection>
  );
}
