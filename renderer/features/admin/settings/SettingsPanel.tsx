import { Alert, Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsSchema } from '../../../../shared/model';
import { isStoreError, useStore } from '../../../db';
import { LANGUAGES, type Language, rememberLanguage, savedLanguage } from '../../../i18n';
import { storeErrorText, validationText } from '../../../ui/store-error-text';
import { ReferralDirectoryEditor } from './ReferralDirectoryEditor';

/**
 * Admin → Cài đặt. Auto-lock and the small-cell threshold are office settings in the store; the
 * default language is kept per computer (the store's settings have no language), as the VI/EN switch does.
 */
export function SettingsPanel() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [autoLock, setAutoLock] = useState(String(store.settings.autoLockMinutes));
  const [smallCell, setSmallCell] = useState(String(store.settings.smallCellThreshold));
  const [language, setLanguage] = useState<Language>(savedLanguage());
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const fieldProblem = (field: 'autoLockMinutes' | 'smallCellThreshold', text: string) => {
    const result = settingsSchema.shape[field].safeParse(text.trim() === '' ? Number.NaN : Number(text));
    return result.success ? undefined : validationText(t, result.error.issues[0]?.message ?? '');
  };
  const autoLockProblem = fieldProblem('autoLockMinutes', autoLock);
  const smallCellProblem = fieldProblem('smallCellThreshold', smallCell);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    if (autoLockProblem !== undefined || smallCellProblem !== undefined) return;
    try {
      await store.auth.updateSettings({
        autoLockMinutes: Number(autoLock),
        smallCellThreshold: Number(smallCell),
      });
      rememberLanguage(language);
      if (i18n.language !== language) {
        document.documentElement.lang = language;
        await i18n.changeLanguage(language);
      }
      setSaved(true);
    } catch (error) {
      setFailure(isStoreError(error) ? storeErrorText(t, error) : String(error));
    }
  };

  return (
    <Stack spacing={5}>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ maxWidth: 640 }}>
        <Stack spacing={3}>
          <TextField
            label={t('admin.settings.autoLock')}
            value={autoLock}
            onChange={(event) => setAutoLock(event.target.value)}
            error={autoLockProblem !== undefined}
            helperText={autoLockProblem ?? t('admin.settings.autoLockHint')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            label={t('admin.settings.smallCell')}
            value={smallCell}
            onChange={(event) => setSmallCell(event.target.value)}
            error={smallCellProblem !== undefined}
            helperText={smallCellProblem ?? t('admin.settings.smallCellHint')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            select
            label={t('admin.settings.language')}
            value={language}
            onChange={(event) => setLanguage(LANGUAGES.find((l) => l === event.target.value) ?? 'vi')}
            helperText={t('admin.settings.languageHint')}
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
          {failure !== null && <Alert severity="error">{failure}</Alert>}
          <Box>
            <Button type="submit" variant="contained">
              {t('admin.settings.save')}
            </Button>
          </Box>
        </Stack>
      </Box>
      <ReferralDirectoryEditor />
    </Stack>
  );
}
