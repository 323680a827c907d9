import type { SaveStatus } from '../../../forms/useSave';

const NONE: ReadonlyMap<string, string> = new Map();

/** The worded field errors of the last check or write, or none. */
export function fieldMessages<T>(status: SaveStatus<T>): ReadonlyMap<string, string> {
  return status.state === 'invalid' ? status.errors : NONE;
}

/** Messages for fields the form has no input for, so a refusal is never silent. */
export function otherMessages(errors: ReadonlyMap<string, string>, shown: readonly string[]): string[] {
  return [...errors].filter(([field]) => !shown.includes(field)).map(([, text]) => text);
}
