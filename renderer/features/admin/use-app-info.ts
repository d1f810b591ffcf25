import type { AppInfo } from '../../../shared/app/app-contract';
import { host } from '../../host/host';
import { type HostQuery, useHostQuery } from '../../host/use-host-query';

/** Version, transport and data folder as main reports them. */
export const useAppInfo = (): HostQuery<AppInfo> => useHostQuery(['app'], () => host.app.info(), []);
