/** The domain model of Bình An: zod schemas and types for every record kind. */
export * from './audit';
export * from './case';
export * from './case-enums';
export * from './draft';
export * from './exchange-log';
export * from './fields';
export * from './messages';
export * from './meta';
export * from './office';
export * from './outreach';
export * from './plan';
export * from './population';
export * from './roles';
export * from './school';
export * from './training';
export * from './unit';
export * from './user';
