import { Alert, Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsSchema } from '../../../../shared/model';
import { useStore } from '../../../db';
import { LANGUAGES, rememberLanguage, savedLanguage } from '../../../i18n';
import { FormProblems } from '../../../ui/FormProblems';
import { useErrorText } from '../../../ui/use-error-text';
import { useForm } from '../../../ui/use-form';
import { ReferralDirectoryEditor } from './ReferralDirectoryEditor';

const officeSettings = settingsSchema.pick({ autoLockMinutes: true, smallCellThreshold: true });
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * Admin → Cài đặt. Auto-lock and the small-cell threshold are office settings in the store; the
 * default language is kept per computer (the store's settings have no language), as the VI/EN switch does.
 */
export function SettingsPanel() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const errorText = useErrorText();
  // The fields are named as the schema's keys, so each problem lands under its own field.
  const form = useForm(
    {
      autoLockMinutes: String(store.settings.autoLockMinutes),
      smallCellThreshold: String(store.settings.smallCellThreshold),
      language: savedLanguage(),
    },
    (text) => ({
      autoLockMinutes: numberOf(text.autoLockMinutes),
      smallCellThreshold: numberOf(text.smallCellThreshold),
    }),
    officeSettings,
  );
  const [saved, setSaved] = useState(false);
  const labels = {
    autoLockMinutes: t('admin.settings.autoLock'),
    smallCellThreshold: t('admin.settings.smallCell'),
    language: t('admin.settings.language'),
  };

  const save = () =>
    form.submit(async (settings, text) => {
      setSaved(false);
      await store.auth.updateSettings(settings);
      const language = LANGUAGES.find((l) => l === text.language) ?? 'vi';
      rememberLanguage(language);
      if (i18n.language !== language) {
        document.documentElement.lang = language;
        await i18n.changeLanguage(language);
      }
      setSaved(true);
    });

  return (
    <Stack spacing={5}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void save();
        }}
        sx={{ maxWidth: 640 }}
      >
        <Stack spacing={3}>
          <TextField
            label={labels.autoLockMinutes}
            {...form.field('autoLockMinutes', t('admin.settings.autoLockHint'))}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            label={labels.smallCellThreshold}
            {...form.field('smallCellThreshold', t('admin.settings.smallCellHint'))}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            select
            label={labels.language}
            {...form.field('language', t('admin.settings.languageHint'))}
          >
            {LANGUAGES.map((l) => (
              <MenuItem key={l} value={l}>
                {t(`admin.settings.${l}`)}
              </MenuItem>
            ))}
          </TextField>
          {saved && (
            <Alert severity="success" role="status">
              {t('admin.settings.saved')}
            </Alert>
          )}
          <FormProblems fields={form.problems((name) => labels[name])} />
          {form.failure !== null && <Alert severity="error">{errorText(form.failure)}</Alert>}
          <Box>
            <Button type="submit" variant="contained" disabled={form.busy}>
              {t('admin.settings.save')}
            </Button>
          </Box>
        </Stack>
      </Box>
      <ReferralDirectoryEditor />
    </Stack>
  );
}
