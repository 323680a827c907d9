import { type AreaName, preloadArea } from '../../data';

/**
 * A lazy view's loader that also starts downloading the code of the data areas the view calls
 * (src/data/areas.ts), so the view's chunk and its services come side by side rather than one
 * after the other.
 */
export function withAreas<T>(areas: readonly AreaName[], load: () => Promise<T>): () => Promise<T> {
  return () => {
    preloadArea(...areas);
    return load();
  };
}
