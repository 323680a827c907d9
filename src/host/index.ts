/**
 * Where does the app run? `detectHost()` answers with a Host: the Teams adapter when Teams
 * answers, else the browser adapter (local mode). It never hangs: a top-level browser tab gets
 * the browser host at once, and a framed page waits only a few seconds for Teams.
 *
 *   const host = await detectHost();          // before the first render
 *   root.render(<App host={host} />);         // context, onThemeChange, capabilities
 *   host.notifySuccess();                     // once the first view is on screen
 */
import { browserEnvironment, createBrowserHost, type BrowserEnvironment } from './browser';
import type { Host } from './types';

export type {
  FrameContext,
  Host,
  HostContext,
  HostKind,
  LoadFailureReason,
  MeetingStage,
  TabConfig,
  TabInstanceConfig,
  TeamsDetails,
  ThemeName,
} from './types';
export { createBrowserHost, readBrowserContext, type BrowserEnvironment } from './browser';
export { DEFAULT_LOCALE, resolveLocale, supportedLocale } from './locale';

/** How long a framed page waits for Teams before it runs in local mode. */
export const DEFAULT_TEAMS_TIMEOUT_MS = 3000;

/**
 * The frame relations of the app's window (`window` itself satisfies it). teams-js talks to
 * `parent` when framed (Teams web and desktop), to `opener` in popups (its auth windows) and to
 * `nativeInterface` in the Teams mobile webviews, which are frameless.
 */
export interface FrameInfo {
  readonly self: unknown;
  readonly parent: unknown;
  readonly opener: unknown;
  readonly nativeInterface?: unknown;
}

export interface DetectHostDeps {
  frame: FrameInfo;
  browser: BrowserEnvironment;
  /** Connects to Teams; by default loads teams-js lazily and uses the real Teams adapter. */
  connectTeams: () => Promise<Host>;
  /** How long to wait for Teams when the page is framed (ms). */
  teamsTimeoutMs: number;
  /** Told why a framed page fell back to local mode. */
  onFallback: (reason: unknown) => void;
}

/**
 * Whether teams-js could reach a host from this window. False means a plain top-level tab,
 * where `app.initialize()` could only fail (or, for a frameless window, never answer).
 */
export function mayRunInTeams(frame: FrameInfo): boolean {
  return frame.parent !== frame.self || Boolean(frame.opener) || frame.nativeInterface !== undefined;
}

export class HostTimeoutError extends Error {
  override name = 'HostTimeoutError';
}

/** `promise`, or a HostTimeoutError after `ms`. The timer never outlives the race. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HostTimeoutError(`Teams did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function defaultDeps(overrides: Partial<DetectHostDeps>): DetectHostDeps {
  // Globals are read only for what the caller did not provide, so tests in Node need no window.
  return {
    frame: overrides.frame ?? window,
    browser: overrides.browser ?? browserEnvironment(window),
    connectTeams: overrides.connectTeams ?? (() => import('./teams').then((teams) => teams.default())),
    teamsTimeoutMs: overrides.teamsTimeoutMs ?? DEFAULT_TEAMS_TIMEOUT_MS,
    onFallback:
      overrides.onFallback ?? ((reason) => console.warn('Not running in Teams; using local mode.', reason)),
  };
}

/** The Host the app runs in. Resolves within `teamsTimeoutMs`; never rejects. */
export async function detectHost(overrides: Partial<DetectHostDeps> = {}): Promise<Host> {
  const deps = defaultDeps(overrides);
  if (!mayRunInTeams(deps.frame)) return createBrowserHost(deps.browser);

  const teams = Promise.resolve().then(deps.connectTeams);
  try {
    return await withTimeout(teams, deps.teamsTimeoutMs);
  } catch (reason) {
    // A late answer or failure after we gave up has nobody to go to.
    teams.catch(() => undefined);
    deps.onFallback(reason);
    return createBrowserHost(deps.browser);
  }
}
