/**
 * The browser host: local mode, outside Teams. Everything Teams would tell us comes from the
 * URL (so a developer can preview e.g. `?frame=sidePanel&lang=en&theme=dark`) or from the
 * browser's own preferences. The functions below read only what they are given; the one place
 * that touches globals is `browserEnvironment(window)`.
 */
import { resolveLocale } from './locale';
import { ThemeListeners } from './themeListeners';
import type { FrameContext, Host, HostContext, ThemeName } from './types';

/** The part of `MediaQueryList` we use. */
export interface MediaQueryListLike {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

export interface BrowserEnvironment {
  /** `location.search`, e.g. "?lang=en&frame=sidePanel" (leading "?" optional). */
  search: string;
  /** The browser's languages, most preferred first (`navigator.languages`). */
  languages: readonly string[];
  /** `window.matchMedia`; absent where media queries are not available. */
  matchMedia?: (query: string) => MediaQueryListLike;
}

const FRAME_CONTEXTS: readonly FrameContext[] = ['content', 'settings', 'sidePanel', 'meetingStage', 'remove'];

/** Windows high contrast (forced colours) is what Teams' contrast theme stands for. */
export const CONTRAST_QUERY = '(forced-colors: active)';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

function isFrameContext(value: string): value is FrameContext {
  return (FRAME_CONTEXTS as readonly string[]).includes(value);
}

/** `?theme=` as a theme name; "light" is accepted for the default theme. */
export function parseTheme(value: string | null): ThemeName | undefined {
  switch (value?.trim().toLowerCase()) {
    case 'default':
    case 'light':
      return 'default';
    case 'dark':
      return 'dark';
    case 'contrast':
    case 'highcontrast':
      return 'contrast';
    default:
      return undefined;
  }
}

/** The theme the browser prefers right now. */
export function preferredTheme(matchMedia: BrowserEnvironment['matchMedia']): ThemeName {
  if (!matchMedia) return 'default';
  if (matchMedia(CONTRAST_QUERY).matches) return 'contrast';
  if (matchMedia(DARK_QUERY).matches) return 'dark';
  return 'default';
}

function params(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

/** The context of a local-mode app, from the URL first and the browser's preferences second. */
export function readBrowserContext(env: BrowserEnvironment): HostContext {
  const query = params(env.search);
  const frame = query.get('frame');
  return {
    kind: 'browser',
    frameContext: frame && isFrameContext(frame) ? frame : 'content',
    locale: resolveLocale([query.get('lang'), ...env.languages]),
    theme: parseTheme(query.get('theme')) ?? preferredTheme(env.matchMedia),
  };
}

/**
 * A Host for local mode. Unless the URL fixes the theme, it follows the browser's colour
 * scheme and forced-colours mode live, like Teams follows its theme setting.
 */
export function createBrowserHost(env: BrowserEnvironment): Host {
  const initial = readBrowserContext(env);
  const themes = new ThemeListeners(initial.theme);
  const { matchMedia } = env;
  const themeFixed = parseTheme(params(env.search).get('theme')) !== undefined;
  if (matchMedia && !themeFixed) {
    // Re-evaluate both queries on either change: leaving forced colours may reveal dark mode.
    const update = () => themes.emit(preferredTheme(matchMedia));
    for (const query of [CONTRAST_QUERY, DARK_QUERY]) matchMedia(query).addEventListener('change', update);
  }
  return {
    get context(): HostContext {
      return { ...initial, theme: themes.theme };
    },
    onThemeChange: (listener) => themes.subscribe(listener),
    // There is no loading indicator or error page to drive outside Teams.
    notifySuccess: () => undefined,
    notifyFailure: () => undefined,
  };
}

/** The only impure part: what the browser adapter needs, read from a real window. */
export function browserEnvironment(win: Window): BrowserEnvironment {
  const { navigator } = win;
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return {
    search: win.location.search,
    languages,
    ...(typeof win.matchMedia === 'function' ? { matchMedia: (query: string) => win.matchMedia(query) } : {}),
  };
}
