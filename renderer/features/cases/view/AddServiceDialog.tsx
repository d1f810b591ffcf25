import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseService,
  type Need,
  SERVICE_OUTCOMES,
  serviceInputSchema,
  todayIso,
  V,
} from '../../../../shared/model';
import { type CaseView, useStore } from '../../../db';
import { DateField } from '../../../ui/DateField';
import { isoFromText, textFromIso } from '../../../ui/dates';
import { useEnumOptions } from '../../../ui/enum-options';
import { SelectField } from '../../../ui/SelectField';
import { useMessage } from '../../../ui/use-message';
import { directoryFor } from './referral-directory';
import { useCaseAction } from './use-case-action';

/** A service given against one need: date (not before the report), provider, outcome; or a correction of one (`service`). */
export function AddServiceDialog({
  view,
  need,
  service = null,
  onClose,
}: {
  view: CaseView;
  need: Need;
  service?: CaseService | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const outcomes = useEnumOptions('serviceOutcome', SERVICE_OUTCOMES);
  const { run, busy, error } = useCaseAction();
  const [date, setDate] = useState(textFromIso(service?.date ?? todayIso()));
  const [provider, setProvider] = useState(service?.provider ?? '');
  const [outcome, setOutcome] = useState<string>(service?.outcome ?? '');
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  // The office's own directory first (providers serving this need), then the national list.
  const providers = useMemo(
    () => [
      ...store.settings.referralProviders.filter((p) => p.needs.includes(need)).map((p) => p.name),
      ...directoryFor(need).map((k) => message(`cases.directory.defaults.${k}`)),
    ],
    [need, message, store],
  );

  const input = { need, date: isoFromText(date), provider, outcome: outcome === '' ? undefined : outcome };
  const errors: Record<string, string> = {};
  const parsed = serviceInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= issue.message.startsWith('store.') ? issue.message : V.invalid;
    }
  }
  if (errors.date === undefined && input.date !== undefined && input.date < view.reportDate) {
    errors.date = V.serviceBeforeReport;
  }
  const errorOf = (path: string) => (attempted || touched.has(path) ? errors[path] : undefined);
  const touch = (path: string) => setTouched((prev) => new Set(prev).add(path));

  const save = async () => {
    setAttempted(true);
    if (!parsed.success || errors.date !== undefined) return;
    const data = parsed.data;
    const saved = await run(() =>
      service === null
        ? store.cases.addService(view.id, data, view.rev)
        : store.cases.updateService(view.id, service.id, data, view.rev),
    );
    if (saved !== null) onClose();
  };
  const providerError = errorOf('provider');

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>
        {t(service === null ? 'cases.view.service.title' : 'cases.view.service.editTitle', {
          need: message(`store.enum.need.${need}`),
        })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DateField
            id="service-date"
            label={t('cases.view.service.date')}
            value={date}
            onText={setDate}
            onBlur={() => touch('date')}
            errorKey={errorOf('date')}
            help={t('cases.view.service.dateHelp', { day: textFromIso(view.reportDate) })}
            required
            autoFocus
          />
          <Autocomplete
            freeSolo
            options={providers}
            inputValue={provider}
            onInputChange={(_e, value) => setProvider(value)}
            renderInput={(params) => (
              <TextField
                {...params}
                id="service-provider"
                label={t('cases.view.service.provider')}
                required
                onBlur={() => touch('provider')}
                error={providerError !== undefined}
                helperText={
                  providerError === undefined ? t('cases.view.service.providerHelp') : message(providerError)
                }
              />
            )}
          />
          <SelectField
            id="service-outcome"
            label={t('cases.view.service.outcome')}
            value={outcome}
            options={outcomes}
            onText={setOutcome}
            onBlur={() => touch('outcome')}
            errorKey={errorOf('outcome')}
            required
          />
          {error && (
            <Alert severity="error">
              {message(error.key)} {error.issues.map((i) => message(i.message)).join(' ')}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cases.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {t('cases.view.service.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
