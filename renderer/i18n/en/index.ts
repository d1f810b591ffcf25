import type { Messages } from '../vi';
import { shell } from './shell';

export const en: Messages = { shell };
