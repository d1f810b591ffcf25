import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/app/app-contract';
import type { HostError } from '../../../shared/host-api';
import { host } from '../../host/host';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: HostError };

export function useAppInfo(): Loadable<AppInfo> {
  const [info, setInfo] = useState<Loadable<AppInfo>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void host.app.info().then((result) => {
      if (live)
        setInfo(
          result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error },
        );
    });
    return () => {
      live = false;
    };
  }, []);
  return info;
}
