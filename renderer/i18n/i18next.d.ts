import 'i18next';
import type { vi } from './vi';

// Makes t('…') keys checked by the compiler against the Vietnamese messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
