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
        <ToggleButton
          key={language}
          value={language}
          // The chosen language reads as white on the title bar's colour (MUI's default grey tint on it
          // fell below WCAG's 4.5:1); the other one keeps the bar's own text colour.
          sx={{
            color: 'inherit',
            px: 1.2,
            py: 0.2,
            '&.Mui-selected, &.Mui-selected:hover': { bgcolor: 'common.white', color: 'primary.main' },
          }}
        >
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
