import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../ui/AreaPlaceholder';

export function ProgrammePage() {
  const { t } = useTranslation();
  return (
    <AreaPlaceholder title={t('shell.pages.programme.title')} intro={t('shell.pages.programme.intro')} />
  );
}
