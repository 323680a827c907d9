/**
 * A tenant's sign-in at boot, for main.tsx: MSAL's chunk (about 70 KB gzip) starts downloading as
 * soon as the configuration and the host are known, beside the app chunk, instead of after it
 * when the first Graph request asks for a token (docs/performance.md, cold load).
 */
import { loadMsal } from '../../auth/msalChunk';
import type { AppConfig } from '../../config';
import type { Host } from '../../host/types';
import { hostSaysGuest } from './access';

/**
 * Starts the download when this tab will sign someone in through Teams (nested app
 * authentication): a tenant's configuration, inside Teams, not a guest, not the meeting stage.
 * Says whether it did.
 */
export function preloadTenantSignIn(config: AppConfig, host: Host, load: () => Promise<unknown> = loadMsal): boolean {
  if (config.auth !== 'naa' || host.context.kind !== 'teams' || hostSaysGuest(host.context.user)) return false;
  // The meeting stage signs nobody in (AppRoot shows its data-free page there).
  if (host.context.frameContext === 'meetingStage') return false;
  // A failed download is tried again when the token is asked for.
  load().catch(() => undefined);
  return true;
}
