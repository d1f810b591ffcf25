import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../ui/AreaPlaceholder';

export function AdminPage() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('pages.admin.title')} intro={t('pages.admin.intro')} />;
}
