import type { TFunction } from 'i18next';
import { isStoreError, RestoreRefused } from '../../db';
import { storeErrorText } from '../../ui/store-error-text';
import { BackupFailed } from './run-backup';

/** One sentence for whatever stopped a backup or a restore. */
export function backupErrorText(t: TFunction, error: unknown): string {
  if (error instanceof BackupFailed) return t(`backup.problem.${error.problem}`);
  if (error instanceof RestoreRefused) return t(`backup.restore.refused.${error.reason}`);
  if (isStoreError(error) && error.code === 'conflict') return t('backup.panel.conflict');
  return storeErrorText(t, error);
}

export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
