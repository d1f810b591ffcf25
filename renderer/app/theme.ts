import { enUS as coreEnUS, viVN as coreViVN } from '@mui/material/locale';
import { createTheme } from '@mui/material/styles';
import type { Language } from '../i18n';

const FONT = '"Noto Sans", system-ui, sans-serif';

/** Calm, high-contrast colours; status is never told by colour alone (icons and words go with it). */
export function makeTheme(language: Language) {
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#0b5c6b' },
        secondary: { main: '#7a3e6c' },
        // Darker than MUI's defaults, so text in these colours (status chips, outlined buttons) keeps
        // WCAG's 4.5:1 on white: info #01579b ≈ 7.7:1, warning #8a4500 ≈ 7.1:1, success #1b5e20 ≈ 7.9:1.
        info: { main: '#01579b' },
        warning: { main: '#8a4500' },
        success: { main: '#1b5e20' },
        background: { default: '#f4f6f7', paper: '#ffffff' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: FONT,
        h1: { fontSize: '1.75rem', fontWeight: 600 },
        h2: { fontSize: '1.35rem', fontWeight: 600 },
        h3: { fontSize: '1.1rem', fontWeight: 600 },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
      },
    },
    language === 'vi' ? coreViVN : coreEnUS,
  );
}
