import type { TFunction } from 'i18next';
import { vi } from '../../../i18n/vi';

type RecordType = keyof typeof vi.exchange.recordTypes;
const isRecordType = (type: string): type is RecordType => Object.hasOwn(vi.exchange.recordTypes, type);

/** A bundle's record type (`trainingEvents`) as people say it; a type this version does not know stays as it is. */
export const recordTypeText = (t: TFunction, type: string): string =>
  isRecordType(type) ? t(`exchange.recordTypes.${type}`) : type;

/**
 * A bundle's counts by record type (`{ aggregates: 3, trainingEvents: 2 }`) as one line of words
 * ("Số liệu tổng hợp: 3, Lớp tập huấn: 2"): an opened bundle and the board's history say it alike.
 */
export const countsText = (t: TFunction, counts: Readonly<Record<string, number>>): string =>
  Object.entries(counts)
    .map(([type, n]) => `${recordTypeText(t, type)}: ${n}`)
    .join(', ');
