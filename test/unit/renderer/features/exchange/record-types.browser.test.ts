import { describe, expect, it } from 'vitest';
import { countsText, recordTypeText } from '../../../../../renderer/features/exchange/ui/record-types';
import { initI18n } from '../../../../../renderer/i18n';
import { SHARED_TYPES } from '../../../../../shared/exchange/sharing/shared-records';

/** A bundle's counts as the opened bundle and the board's history show them: words, not payload keys. */
describe('record types in words', () => {
  it('names every type a data bundle may carry, in Vietnamese and in English', async () => {
    for (const language of ['vi', 'en'] as const) {
      const { t } = await initI18n(language);
      for (const type of Object.values(SHARED_TYPES)) expect(recordTypeText(t, type)).not.toBe(type);
    }
  });

  it('says a bundle’s counts as one line, and keeps a type this version does not know as it is', async () => {
    const vi = (await initI18n('vi')).t;
    expect(countsText(vi, { aggregates: 3, aggregateChanges: 0, trainingEvents: 2 })).toBe(
      'Số liệu tổng hợp: 3, Số liệu tổng hợp thay đổi: 0, Lớp tập huấn: 2',
    );
    expect(countsText(vi, { futureThings: 1 })).toBe('futureThings: 1');
    const en = (await initI18n('en')).t;
    expect(countsText(en, { aggregates: 3, attendances: 7 })).toBe('Counters: 3, Attendances: 7');
  });
});
