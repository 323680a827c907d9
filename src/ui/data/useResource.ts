/**
 * Loads what a view shows and keeps the three states a person can see apart: still loading,
 * there, or failed (with a way to try again). Late answers of a superseded load are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; error: unknown };

export function useResource<T>(load: () => Promise<T>): Resource<T> & { reload(): void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const current = useRef(0);

  useEffect(() => {
    const ticket = ++current.current;
    setResource({ state: 'loading' });
    load().then(
      (data) => {
        if (ticket === current.current) setResource({ state: 'ready', data });
      },
      (error: unknown) => {
        if (ticket === current.current) setResource({ state: 'failed', error });
      },
    );
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...resource, reload };
}
