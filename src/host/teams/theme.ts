/** Theme capability: Teams' light ("default"), dark and high-contrast themes, followed live. */
import type { app } from '@microsoft/teams-js';
import type { ThemeName } from '../types';

export type ThemeApi = Pick<typeof app, 'registerOnThemeChangeHandler'>;

/**
 * A Teams theme string as ours. Teams sends "default", "dark" or "contrast"; other Microsoft 365
 * hosts may send more (e.g. "glass"), which we show in the default theme.
 */
export function toThemeName(raw: string | undefined): ThemeName {
  switch (raw?.toLowerCase()) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'default';
  }
}

/**
 * Registers the (single) teams-js theme handler. teams-js allows it in every frame context once
 * `initialize` was called. A later registration would replace this one, so the Host calls it
 * once and fans out to its own listeners.
 */
export function watchTheme(teamsApp: ThemeApi, onTheme: (theme: ThemeName) => void): void {
  teamsApp.registerOnThemeChangeHandler((theme) => onTheme(toThemeName(theme)));
}
