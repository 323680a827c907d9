/**
 * A DataApi for component tests: give the methods a test uses; any other call fails loudly,
 * so a view that reaches for data it should not need shows up at once.
 */
import type { DataApi } from '../../data/api';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : DeepPartial<T[K]> };

function refusing<T extends object>(path: string, given: object = {}): T {
  return new Proxy(given, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      const value = (target as Record<string, unknown>)[property];
      if (typeof value === 'function') return value;
      if (value && typeof value === 'object') return refusing(`${path}.${property}`, value);
      if (property === 'then') return undefined; // not a thenable
      return () => Promise.reject(new Error(`fake DataApi: ${path}.${property} was not expected in this test`));
    },
  }) as T;
}

export function fakeDataApi(methods: DeepPartial<DataApi>): DataApi {
  return refusing<DataApi>('api', methods);
}
