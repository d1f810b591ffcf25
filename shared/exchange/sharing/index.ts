/** The GBVIMS information-sharing rule: what may leave an office, shared by the app and `binhan demo`. */
export * from './check-shared';
export * from './deidentify';
export * from './pseudonym';
export * from './select';
export * from './share-counters';
export * from './shared-records';
