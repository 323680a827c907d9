/**
 * Browser storage that may refuse (privacy settings, a full quota, some webviews). What the app
 * keeps there only spares a question or a repeat, so a refusal reads as "nothing kept" and a
 * failed write is dropped.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readStored(storage: KeyValueStore | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `value` under `key`; null removes it. */
export function writeStored(storage: KeyValueStore | null, key: string, value: string | null): void {
  try {
    if (!storage) return;
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Not kept: the next time simply asks (or runs) again.
  }
}
