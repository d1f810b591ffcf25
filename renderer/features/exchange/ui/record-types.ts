import type { TFunction } from 'i18next';
import { vi } from '../../../i18n/vi';

type RecordType = keyof typeof vi.exchange.recordTypes;
const isRecordType = (type: string): type is RecordType => Object.hasOwn(vi.exchange.recordTypes, type);

/** A bundle's record type (`trainingEvents`) as people say it; a type this version does not know stays as it is. */
export const recordTypeText = (t: TFunction, type: string): string =>
  isRecordType(type) ? t(`exchange.recordTypes.${type}`) : type;
