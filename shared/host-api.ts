/**
 * The one contract between the renderer and main. Each area is a table of calls (`area:verb`) with zod
 * schemas for input and output; both transports (Electron IPC, the web host) and the renderer's
 * client are derived from this table. To add an area: write `shared/<area>/<area>-contract.ts`, list
 * it below, and give main its handlers — the compiler points at every place still missing.
 */
import { appContract } from './app/app-contract';
import { auditContract } from './audit/audit-contract';
import { backupContract } from './backup/backup-contract';
import { bundlesContract } from './exchange/bundles-contract';
import { drivesContract } from './exchange/drives-contract';
import { keysContract } from './exchange/keys-contract';
import { mailContract } from './exchange/mail-contract';
import { trustContract } from './exchange/trust-contract';
import type { ApiOf, HandlersOf } from './host/contract';
import { updatesContract } from './update/update-contract';

export const hostContract = {
  app: appContract,
  audit: auditContract,
  keys: keysContract,
  trust: trustContract,
  bundles: bundlesContract,
  drives: drivesContract,
  mail: mailContract,
  backup: backupContract,
  updates: updatesContract,
};

export type HostContract = typeof hostContract;
export type HostApi = ApiOf<HostContract>;
export type HostHandlers = HandlersOf<HostContract>;
export type { HostError, HostErrorCode, Result } from './host/result';
