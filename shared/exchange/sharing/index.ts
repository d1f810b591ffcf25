/** The GBVIMS information-sharing rule: what may leave an office, shared by the app and `binhan demo`. */
export * from './check-shared.ts';
export * from './deidentify.ts';
export * from './pseudonym.ts';
export * from './select.ts';
export * from './share-counters.ts';
export * from './shared-records.ts';
