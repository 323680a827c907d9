/**
 * Text helpers shared by every renderer outside React (channel messages, newsletters, invites).
 * React escapes on its own; these are for the places where we build markup ourselves.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes user-entered text inert inside HTML element content and quoted attribute values.
 * Only the five markup characters change, so emoji and non-Latin text pass through intact.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * Fills `{name}` placeholders in a catalog message. Unknown placeholders stay visible rather
 * than vanish, so a missing parameter shows up in review instead of silently losing words.
 */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
