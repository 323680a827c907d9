/**
 * Small readers over useSave's status, so every planner form shows refusals and failures the
 * same way: a field's message under its input, a failure as one sentence above the buttons.
 */
import type { SaveStatus } from '../../../forms/useSave';

/** The worded message for one field, when the last check or write refused it. */
export function fieldMessage(status: SaveStatus<unknown>, field: string): string | undefined {
  return status.state === 'invalid' ? status.errors.get(field) : undefined;
}

/** Props for a Fluent Field: its message and the error state, or nothing. */
export function fieldValidation(status: SaveStatus<unknown>, field: string) {
  const message = fieldMessage(status, field);
  return message
    ? { validationMessage: message, validationState: 'error' as const }
    : { validationState: 'none' as const };
}

/**
 * Messages for fields the form has no input for (rule refusals such as `step` or `status`), so
 * they are never swallowed: the form shows them above its buttons.
 */
export function otherMessages(status: SaveStatus<unknown>, shownFields: (field: string) => boolean): string[] {
  if (status.state !== 'invalid') return [];
  return [...status.errors.entries()].filter(([field]) => !shownFields(field)).map(([, message]) => message);
}

/** Ids for new items: creates are idempotent on them (ClientKey). */
export function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // jsdom without WebCrypto: unique enough for a test, never used in a browser.
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
