import type { Messages } from '../vi';
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

export const en: Messages = {
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
