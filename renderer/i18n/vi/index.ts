import { admin } from './admin';
import { auth } from './auth';
import { backup } from './backup';
import { cases } from './cases';
import { dashboard } from './dashboard';
import { dhis2 } from './dhis2';
import { errors } from './errors';
import { exchange } from './exchange';
import { mailbox } from './mailbox';
import { programme } from './programme';
import { reports } from './reports';
import { rights } from './rights';
import { shell } from './shell';
import { store } from './store';
import { updates } from './updates';

/**
 * Vietnamese, the default language: one file per area, each a top-level section of the messages
 * (`t('shell.nav.cases')`). A new area adds its file here and its twin under ../en/.
 */
export const vi = {
  admin,
  auth,
  backup,
  cases,
  dashboard,
  dhis2,
  errors,
  exchange,
  mailbox,
  programme,
  reports,
  rights,
  shell,
  store,
  updates,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill, key for key. */
export type Messages = Widen<typeof vi>;
