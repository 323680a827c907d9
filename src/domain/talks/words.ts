/**
 * Whole-word matching for any script: JavaScript's \b only knows ASCII letters, so "Ömer" or
 * "ziekte" would match inside other words. Shared by the glossary and the privacy hint.
 */
export const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{N}])';
export const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{N}])';

/** Makes text match literally inside a RegExp built with the `u` flag. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
