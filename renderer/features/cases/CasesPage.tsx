import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../ui/AreaPlaceholder';

export function CasesPage() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('pages.cases.title')} intro={t('pages.cases.intro')} />;
}
