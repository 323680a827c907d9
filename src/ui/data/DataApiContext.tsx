/**
 * The one way views reach data: a DataApi (src/data/api.ts) from React context. Views never
 * see Graph, URLs or list names; tests hand in a DataApi of their own.
 */
import { createContext, type ReactNode, useContext } from 'react';
import type { DataApi } from '../../data/api';

const DataApiContext = createContext<DataApi | null>(null);

export function DataApiProvider({ api, children }: { api: DataApi; children: ReactNode }) {
  return <DataApiContext.Provider value={api}>{children}</DataApiContext.Provider>;
}

export function useDataApi(): DataApi {
  const api = useContext(DataApiContext);
  if (!api) throw new Error('useDataApi needs a DataApiProvider above it');
  return api;
}
