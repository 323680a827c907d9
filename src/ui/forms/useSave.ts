/**
 * One save in a form, with everything that can happen to it: refused by the rules (field
 * messages), overtaken by someone else's change (the conflict with their version), failed
 * (nothing changed, try again), or saved. Views use it instead of their own try/catch.
 */
import { useCallback, useRef, useState } from 'react';
import { ConflictError, ValidationError } from '../../data/errors';
import { QueuedOfflineError } from '../../data/graph/outbox';
import type { Versioned } from '../../data/api';
import type { FieldError, Validated } from '../../domain/validation';
import { useI18n } from '../i18n';
import { errorsByField } from './fieldErrors';

export type SaveStatus<T> =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'invalid'; errors: Map<string, string> }
  | { state: 'conflict'; current: Versioned<T> | undefined }
  | { state: 'failed'; error: unknown }
  /** Not saved yet: the network is away and the write waits in the outbox (shown in the shell). */
  | { state: 'queued' }
  | { state: 'saved'; value: Versioned<T> };

export interface Save<T> {
  status: SaveStatus<T>;
  /** Shows the domain's verdict on the form; true when it may be saved. */
  check<V>(verdict: Validated<V>): verdict is { ok: true; value: V };
  /** Runs the write; resolves with the stored value, or undefined when it did not go through (yet). */
  run(write: () => Promise<Versioned<T>>): Promise<Versioned<T> | undefined>;
  reset(): void;
}

function fieldErrorsOf(error: ValidationError): readonly FieldError[] {
  return (error as ValidationError & { fieldErrors?: readonly FieldError[] }).fieldErrors ?? [];
}

export function useSave<T>(): Save<T> {
  const i18n = useI18n();
  const [status, setStatus] = useState<SaveStatus<T>>({ state: 'idle' });
  const busy = useRef(false);

  const check = useCallback(
    <V,>(verdict: Validated<V>): verdict is { ok: true; value: V } => {
      if (verdict.ok) return true;
      setStatus({ state: 'invalid', errors: errorsByField(verdict.errors, i18n) });
      return false;
    },
    [i18n],
  );

  const run = useCallback(
    async (write: () => Promise<Versioned<T>>) => {
      // A second click while the first save is underway must not write twice.
      if (busy.current) return undefined;
      busy.current = true;
      setStatus({ state: 'saving' });
      try {
        const value = await write();
        setStatus({ state: 'saved', value });
        return value;
      } catch (error) {
        if (error instanceof QueuedOfflineError) {
          setStatus({ state: 'queued' });
        } else if (error instanceof ConflictError) {
          setStatus({ state: 'conflict', current: error.current as Versioned<T> | undefined });
        } else if (error instanceof ValidationError && fieldErrorsOf(error).length > 0) {
          setStatus({ state: 'invalid', errors: errorsByField(fieldErrorsOf(error), i18n) });
        } else {
          setStatus({ state: 'failed', error });
        }
        return undefined;
      } finally {
        busy.current = false;
      }
    },
    [i18n],
  );

  const reset = useCallback(() => setStatus({ state: 'idle' }), []);
  return { status, check, run, reset };
}
