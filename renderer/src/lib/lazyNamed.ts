import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * React.lazy for a named export: the module becomes its own chunk, fetched when
 * the component first renders, so sign-in does not wait for the screens behind it.
 */
// React's own lazy() bounds its component type with `any` props: matched here so any screen fits.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyNamed<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
