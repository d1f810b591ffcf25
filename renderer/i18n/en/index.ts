import type { Messages } from '../vi';
import { admin } from './admin';
import { auth } from './auth';
import { cases } from './cases';
import { shell } from './shell';
import { store } from './store';

export const en: Messages = { admin, auth, cases, shell, store };
