import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, rememberLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (_: unknown, language: Language | null) => {
    if (!language) return;
    rememberLanguage(language);
    document.documentElement.lang = language;
    void i18n.changeLanguage(language);
  };
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={i18n.language}
      onChange={change}
      aria-label={t('shell.app.language')}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton key={language} value={language} sx={{ color: 'inherit', px: 1.2, py: 0.2 }}>
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
