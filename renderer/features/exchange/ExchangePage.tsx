import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../ui/AreaPlaceholder';

export function ExchangePage() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('shell.pages.exchange.title')} intro={t('shell.pages.exchange.intro')} />;
}
