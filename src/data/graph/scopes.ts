/**
 * Per-request scopes by capability. A request without them gets the client's default token
 * (DATA_SCOPES: the profile and the lists); anything else — the calendar, mail, Sent Items —
 * asks for its capability's scopes from the one scope map (src/auth/naa.ts), so consent is
 * asked when the capability is first used and the Entra manifests list exactly those scopes.
 * A $batch goes out with one token, so it names every capability its requests need.
 */
import { graphScopes, type GraphCapability } from '../../auth/naa';
import type { RequestOptions } from './http';
import { ScopesOption } from './middleware';

export function withScopes(...capabilities: GraphCapability[]): RequestOptions {
  return { middleware: [new ScopesOption(capabilities.flatMap((capability) => graphScopes(capability)))] };
}
