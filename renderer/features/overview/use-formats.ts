import { useTranslation } from 'react-i18next';
import type { IndicatorResult } from '../../../shared/indicators/evaluate';
import { type ShownResult, showResult } from '../../../shared/indicators/suppression';

/** Numbers in the interface language (vi-VN: 85,7% and 1.234). */
export function useLocaleTag(): string {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en-GB' : 'vi-VN';
}

/** Shows a result on the office's own screen: nothing is suppressed here (it does not leave the office). */
export function useShowResult(): (result: IndicatorResult) => ShownResult {
  const locale = useLocaleTag();
  return (result) => showResult(result, { locale, threshold: 1, outbound: false, empty: '—' });
}
