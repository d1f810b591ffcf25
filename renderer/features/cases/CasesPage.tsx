import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../ui/AreaPlaceholder';

export function CasesPage() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('shell.pages.cases.title')} intro={t('shell.pages.cases.intro')} />;
}
