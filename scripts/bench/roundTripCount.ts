/**
 * Which of the Graph requests of a cold load belong to signing in and which to the view, and
 * what a naive load (one request per list read) would have needed. Pure; see roundTrips.ts.
 *
 * "After sign-in" means: every /graph request except the first of each of the three identity
 * requests the shell makes before any view runs — the profile (GET /me), the site lookup
 * (GET /sites/root, /sites/{host}:/{path} or a group's /groups/{id}/sites/root, no list below
 * it) and the signed-in person's staff
 * row (GET …/lists/DriehoekStaff/items filtered on Upn). A repeat of one of them is the view's.
 */
import type { LoggedRequest } from '../../src/server/stats';

export type SignInKind = 'profile' | 'site' | 'staff';

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function signInKind(request: LoggedRequest): SignInKind | null {
  if (request.method !== 'GET') return null;
  const path = decoded(request.path);
  if (/^\/me(\?|$)/.test(path)) return 'profile';
  if (/^\/sites\/[^?]+/.test(path) && !path.includes('/lists')) return 'site';
  if (/^\/groups\/[^/?]+\/sites\/root(\?|$)/.test(path)) return 'site';
  if (/\/lists\/DriehoekStaff\/items\?.*fields\/Upn eq /.test(path)) return 'staff';
  return null;
}

export interface ViewCount {
  signIn: LoggedRequest[];
  /** The round trips the view itself made: what the budget counts. */
  view: LoggedRequest[];
  /** List reads a one-request-per-list load would make: each batch's sub-requests, plus each plain request. */
  naive: number;
}

export function countView(requests: readonly LoggedRequest[]): ViewCount {
  const seen = new Set<SignInKind>();
  const signIn: LoggedRequest[] = [];
  const view: LoggedRequest[] = [];
  for (const request of requests) {
    const kind = signInKind(request);
    if (kind && !seen.has(kind)) {
      seen.add(kind);
      signIn.push(request);
    } else {
      view.push(request);
    }
  }
  return { signIn, view, naive: naiveCount(view) };
}

export function naiveCount(requests: readonly LoggedRequest[]): number {
  return requests.reduce((sum, r) => sum + (r.subRequests ? r.subRequests.length : 1), 0);
}

/** A short description of what the view asked, for the log: "$batch[3] GET …/DriehoekPupils/items". */
export function describe(request: LoggedRequest): string {
  if (request.subRequests) return `$batch[${request.subRequests.length}] ${request.subRequests.map((s) => listOf(s)).join(', ')}`;
  return `${request.method} ${listOf(request.path)}`;
}

function listOf(path: string): string {
  const list = /\/lists\/([^/?]+)/.exec(path);
  return list ? list[1]! : decoded(path).split('?')[0]!;
}
