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
  /**
   * BCP-47 locale, e.g. "nl-NL" or "en-US". Always one the app speaks (nl-* or en-*): both
   * adapters fall back to nl-NL, so the UI never has to second-guess it.
   */
  locale: string;
  theme: ThemeName;
  /** From the Teams context; absent in local mode until someone is picked. */
  user?: { id?: string; loginHint?: string; displayName?: string; tenantId?: string; licenseType?: string };
  meetingId?: string;
  /** The Team's SharePoint site, when the tab runs in a team. */
  teamSiteUrl?: string;
  /** Teams-only details that have no local-mode meaning (absent when kind is 'browser'). */
  teams?: TeamsDetails;
}

export interface TeamsDetails {
  /** Which Microsoft 365 host runs the app: "Teams", "Outlook", "Office", … */
  hostName: string;
  /** "web", "desktop", "android", "ios", … */
  clientType: string;
  /**
   * teams-js's own frame context. `HostContext.frameContext` folds the ones the app has no
   * page for (task, stage, authentication) into 'content'; this keeps the original.
   */
  rawFrameContext: string;
  /** The team's Microsoft 365 group id, when the tab runs in a team. */
  groupId?: string;
  channelId?: string;
  chatId?: string;
}

/** Why the app could not load, as Teams' error page distinguishes it. */
export type LoadFailureReason = 'AuthFailed' | 'Timeout' | 'Other';

export interface Host {
  /** The latest context: `theme` follows the host's theme changes. */
  readonly context: HostContext;
  /** Calls back on every theme change the host reports; returns an unsubscribe function. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Tells the host the app has loaded (Teams hides its loading indicator). */
  notifySuccess(): void;
  /** Tells the host the app failed to load (Teams shows its error page). No-op in local mode. */
  notifyFailure?(reason: LoadFailureReason, message?: string): void;
  /** The tab configuration page's Save flow; only in Teams, only in the settings frame. */
  readonly tabConfig?: TabConfig;
  /** Sharing to the meeting stage; only in Teams, only in the side panel or on the stage. */
  readonly meetingStage?: MeetingStage;
}

/** What Teams stores for a configurable tab when the user saves the configuration page. */
export interface TabInstanceConfig {
  contentUrl: string;
  websiteUrl?: string;
  entityId?: string;
  suggestedDisplayName?: string;
  removeUrl?: string;
}

export interface TabConfig {
  /** Enables or disables Teams' Save button (disabled until the page says otherwise). */
  setValid(valid: boolean): void;
  /**
   * Runs `handler` when the user presses Save; the tab is saved with the config it returns.
   * A rejection makes Teams show the save as failed. A later call replaces the handler.
   */
  onSave(handler: () => TabInstanceConfig | Promise<TabInstanceConfig>): void;
}

export interface MeetingStage {
  /** Shares a page of the app (its origin must be in the manifest's validDomains) to the stage. */
  share(contentUrl: string): Promise<void>;
  /** Whether the app is being shared to the stage right now. */
  isSharing(): Promise<boolean>;
  /** Whether this user's app may share to the stage (manifest contexts and RSC permissions). */
  canShare(): Promise<boolean>;
}
