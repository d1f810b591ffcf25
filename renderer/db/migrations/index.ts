import type { SchemaStep } from './step';
import { v1 } from './v1-initial';
import { v2 } from './v2-case-month';
import { v3 } from './v3-province-inbound';
import { v4 } from './v4-consent-counters';
import { v5 } from './v5-rights-requests';
import { v6 } from './v6-timeliness-counters';
import { v7 } from './v7-no-case-rows';
import { v8 } from './v8-counter-changes';
import { v9 } from './v9-counter-spans';

export type { SchemaStep } from './step';

/** Every schema version the app has ever shipped, oldest first; one file per step. */
export const SCHEMA_STEPS: readonly SchemaStep[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9];
export const LATEST_VERSION = SCHEMA_STEPS.length;
