/**
 * What the app needs to know about where it runs. The Teams adapter fills it from teams-js;
 * the browser adapter (local mode) from the URL and the browser's preferences.
 */
export type HostKind = 'teams' | 'browser';
export type FrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'remove';
export type ThemeName = 'default' | 'dark' | 'contrast';

export interface HostContext {
  kind: HostKind;
  frameContext: FrameContext;
  /** BCP-47 locale, e.g. "nl-NL" or "en-US". */
  locale: string;
  theme: ThemeName;
  /** From the Teams context; absent in local mode until someone is picked. */
  user?: { id?: string; loginHint?: string; displayName?: string; tenantId?: string; licenseType?: string };
  meetingId?: string;
  /** The Team's SharePoint site, when the tab runs in a team. */
  teamSiteUrl?: string;
}

export interface Host {
  readonly context: HostContext;
  /** Calls back on every theme change the host reports; returns an unsubscribe function. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Tells the host the app has loaded (Teams hides its loading indicator). */
  notifySuccess(): void;
}
