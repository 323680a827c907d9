/** Local-only endpoints under /local (loopback clients only; not part of Graph). */
import type { Services } from '../graph/context';
import type { Router } from '../http/router';

export interface LocalContext {
  body: unknown;
  services: Services;
  tokenFor(upn: string): string;
}

export interface LocalResult {
  status: number;
  body?: unknown;
}

export type LocalHandler = (ctx: LocalContext) => LocalResult;
export type LocalRouter = Router<LocalHandler>;

export const localError = (status: number, code: string, message: string): LocalResult => ({
  status,
  body: { error: { code, message } },
});
