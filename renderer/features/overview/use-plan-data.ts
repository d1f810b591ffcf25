import { isStoreError, useFreshLiveQuery, useSession, useSessionLocked, useStore } from '../../db';
import { loadPlanData, type PlanData } from './load-plan-data';

export type PlanDataState =
  | { state: 'loading' }
  | { state: 'error'; code: string }
  | { state: 'ready'; data: PlanData };

/** Live plan data: re-reads when counters, plans, units or populations change. */
export function usePlanData(unitCode: string | null, withSubUnits: boolean): PlanDataState {
  const store = useStore();
  const session = useSession();
  const locked = useSessionLocked();
  const result = useFreshLiveQuery(async (): Promise<PlanDataState> => {
    if (unitCode === null) return { state: 'error', code: 'notSetUp' };
    try {
      return { state: 'ready', data: await loadPlanData(store, unitCode, { withSubUnits }) };
    } catch (error) {
      if (isStoreError(error)) return { state: 'error', code: error.code };
      throw error;
    }
  }, [store, session, locked, unitCode, withSubUnits]);
  return result ?? { state: 'loading' };
}
