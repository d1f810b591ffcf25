import type { TFunction } from 'i18next';
import type { ReleaseRefusal } from '../../../shared/update/release-refusal';
import { errorText } from '../../ui/store-error-text';
import { backupErrorText } from '../backup/backup-text';
import { BackupFailed } from '../backup/run-backup';

/** A refused update step, said in the officer's language (updates.refusal.<reason>). */
export const refusalText = (t: TFunction, r: { reason: ReleaseRefusal; detail: string }): string =>
  t(`updates.refusal.${r.reason}`, { detail: r.detail });

/** Whatever else stopped a step: a host error, or the backup made before installing. */
export function stepErrorText(t: TFunction, e: unknown): string {
  if (e instanceof BackupFailed) return backupErrorText(t, e);
  if (typeof e === 'object' && e !== null && 'error' in e) return errorText(t, (e as { error: never }).error);
  return backupErrorText(t, e);
}

export const sizeText = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
