/**
 * The one thing the data layer needs from sign-in: a bearer token for Graph.
 * Local mode (local identity picker) and Teams mode (nested app authentication)
 * both implement it; nothing else in the app can tell them apart.
 */
export interface TokenProvider {
  /** Resolves a bearer token valid for the given Graph scopes. */
  getToken(scopes: readonly string[]): Promise<string>;
}

/** The signed-in person as the identity source knows them (before Driehoek's staff list). */
export interface SignedInUser {
  upn: string;
  displayName: string;
}
