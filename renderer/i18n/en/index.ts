import type { Messages } from '../vi';
import { shell } from './shell';
import { store } from './store';

export const en: Messages = { shell, store };
