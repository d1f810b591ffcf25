export { ADX_NAMESPACE, adxMessage } from './adx';
export { type DataValueSet, dataValueSet, dataValueSetJson } from './data-value-set';
export * from './mapping';
export { adxPeriod, dhis2Period } from './period';
export {
  type Dhis2Export,
  type Dhis2Input,
  type Dhis2Unit,
  type FigureRef,
  type PublishedValue,
  publishedValues,
} from './published-values';
