import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * React.lazy over a named export: the module becomes its own chunk of the build, fetched the first time
 * the component renders (under a Suspense boundary). `load` must be a literal `import('…')` for Vite to
 * split there.
 */
export function lazyNamed<M, P extends object = Record<string, never>>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: pick(await load()) }));
}
